"""The embedding entry point: :class:`Runtime`, the CLI's engine too.

A Runtime owns one agent (limits, call stack) and one realm (global object
and intrinsics).  It runs JavaScript on a dedicated thread with a large C
stack and a high Python recursion limit, so deep JS recursion and deeply
nested source never crash Python: the interpreter raises a catchable
``RangeError: Maximum call stack size exceeded`` at ``max_depth`` instead.
"""

import sys
import threading

from .interpreter.runtime.values import undefined, null, from_js_string
from .interpreter.runtime.agent import Agent, LimitExceeded, set_current_agent
from .interpreter.runtime.errors import JSThrow

__all__ = ["Runtime", "JSError", "LimitExceeded"]

#: C stack for the interpreter thread.  Only touched pages are committed; a
#: 12,000-deep JS recursion through calls, getters and conversions needs
#: under 64 MiB here, so 256 MiB leaves room without reserving a gigabyte
#: per evaluation (many parallel runtimes ran out of address space).
THREAD_STACK_SIZE = 256 * 1024 * 1024
PYTHON_RECURSION_LIMIT = 1_000_000


class JSError(Exception):
    """An uncaught JavaScript exception, seen from Python.

    ``value`` is the thrown JS value; ``name`` and ``message`` are strings
    ('TypeError', 'x is not a function'); ``stack`` is the JS stack text;
    ``phase`` is 'parse' for syntax errors found before running, else 'runtime'.
    """

    def __init__(self, value, name, message, stack, phase="runtime"):
        Exception.__init__(self, f"{name}: {message}" if message else name)
        self.value = value
        self.name = name
        self.message = message
        self.stack = stack
        self.phase = phase


def run_on_big_stack(fn, *args):
    """Run ``fn(*args)`` on a thread with a large stack; return or re-raise."""
    result = []
    error = []

    def target():
        try:
            result.append(fn(*args))
        except BaseException as e:  # re-raised on the calling thread
            error.append(e)

    old_size = threading.stack_size()
    threading.stack_size(THREAD_STACK_SIZE)
    try:
        t = threading.Thread(target=target, name="gode-js", daemon=True)
        t.start()
    finally:
        threading.stack_size(old_size)
    t.join()
    if error:
        raise error[0]
    return result[0] if result else None


class Runtime:
    """One JavaScript world: a realm, limits and output streams.

    Parameters (all optional):
      stdout, stderr: text streams console output goes to (default sys.stdout/err).
      max_steps: loop iterations + calls allowed per evaluation (None = no limit).
      timeout: wall-clock seconds allowed per evaluation (None = no limit).
      max_depth: nested JS calls before RangeError (default 12,000, above node's ~11k).
      argv: process.argv tail; cwd: process.cwd().
    """

    def __init__(self, *, stdout=None, stderr=None, max_steps=None, timeout=None,
                 max_depth=12000, argv=None, cwd=None):
        if sys.getrecursionlimit() < PYTHON_RECURSION_LIMIT:
            sys.setrecursionlimit(PYTHON_RECURSION_LIMIT)
        self.stdout = stdout
        self.stderr = stderr
        self.argv = list(argv or [])
        self.cwd = cwd
        self.agent = Agent(max_depth=max_depth, max_steps=max_steps, timeout=timeout)
        self.exit_code = None
        from .interpreter.runtime.realm import Realm
        previous = set_current_agent(self.agent)
        try:
            self.realm = Realm(self.agent, host=self)
            self.agent.realm = self.realm
            from .interpreter import host
            host.install(self)
        finally:
            set_current_agent(previous)

    # -- output -------------------------------------------------------------------

    def write(self, stream, text):
        """Write a JS string to 'stdout' or 'stderr' (converting UTF-16)."""
        out = (self.stdout or sys.stdout) if stream == "stdout" else (self.stderr or sys.stderr)
        try:
            out.write(from_js_string(text))
            if stream == "stderr":
                out.flush()
        except BrokenPipeError:
            # The reader went away (gode x.js | head): like node, carry on
            # quietly; point the descriptor at /dev/null so the final flush
            # does not complain either.
            try:
                import os
                devnull = os.open(os.devnull, os.O_WRONLY)
                os.dup2(devnull, out.fileno())
            except (OSError, ValueError, AttributeError):
                pass

    # -- running code -----------------------------------------------------------------

    def evaluate_script(self, source, filename="<script>"):
        """Run ``source`` as a global Script; return its completion value
        converted to Python (see :meth:`to_python`).  Raises JSError."""
        from .interpreter import host
        return run_on_big_stack(host.evaluate_script, self, source, filename)

    def run_main(self, path, argv=()):
        """Run the file at ``path`` like ``node path argv...``; return the exit status."""
        from .interpreter import host
        return run_on_big_stack(host.run_main, self, path, list(argv))

    def run_source(self, source, filename, argv=(), print_result=False):
        """Run source text as the main module (``-e``/``-p``/stdin); return the exit status."""
        from .interpreter import host
        return run_on_big_stack(host.run_main_source, self, source, filename, list(argv),
                                print_result)

    def check_syntax(self, source, filename):
        """Parse only; report a SyntaxError like node --check; return the status."""
        from .interpreter import host
        return run_on_big_stack(host.check_syntax, self, source, filename)

    def repl_evaluate(self, text):
        """Evaluate one REPL entry; see host.repl_evaluate."""
        from .interpreter import host
        return run_on_big_stack(host.repl_evaluate, self, text)

    def is_tty(self, stream):
        out = (self.stdout or sys.stdout) if stream == "stdout" else (self.stderr or sys.stderr)
        try:
            return out.isatty()
        except (AttributeError, ValueError):
            return False

    def to_python(self, value):
        from .interpreter import host
        return host.to_python(self, value)
