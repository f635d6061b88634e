"""Shared plumbing for the benchmark suite: the programs, and how each phase
of gode (parse, compile, run, total) and js2py (total) is driven.

Used by benchmarks/test_interpreter.py (pytest-benchmark) and
benchmarks/report.py (docs/performance.md).  Not a test module.

Every measured call starts from fresh engine state built outside the timed
region: a new ``gode.Runtime`` (or ``js2py.EvalJs``) per round and gode's
parse cache cleared, so nothing is reused from an earlier round.
"""

import ast
import contextlib
import io
import os

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS_DIR = os.path.join(HERE, "programs")
EXPECTED_DIR = os.path.join(PROGRAMS_DIR, "expected")
FILENAME_PREFIX = "benchmarks/programs/"


def program_names():
    """The benchmark programs, by stem (``fib`` for programs/fib.js), sorted."""
    return sorted(f[:-3] for f in os.listdir(PROGRAMS_DIR) if f.endswith(".js"))


def program_source(name):
    with open(os.path.join(PROGRAMS_DIR, name + ".js"), encoding="utf-8") as f:
        return f.read()


def expected_output(name):
    """node's stdout for the program, recorded in programs/expected/<name>.txt."""
    with open(os.path.join(EXPECTED_DIR, name + ".txt"), encoding="utf-8") as f:
        return f.read()


# -- gode -----------------------------------------------------------------------------------

def clear_parse_cache():
    """Empty gode's in-memory parse cache (call before each cold round)."""
    from gode.interpreter import parser
    parser._memory_cache.clear()


@contextlib.contextmanager
def no_parse_cache():
    """Make gode's parser do the work: empty its memory cache and keep it
    off the disk cache for the duration (restored afterwards)."""
    from gode.interpreter import parser
    saved = parser.DISK_CACHE_MIN_SIZE
    parser._memory_cache.clear()
    parser.DISK_CACHE_MIN_SIZE = float("inf")
    try:
        yield
    finally:
        parser.DISK_CACHE_MIN_SIZE = saved
        parser._memory_cache.clear()


class GodeProgram:
    """One program in a fresh gode Runtime whose stdout is captured.

    The phases mirror what ``Runtime.evaluate_script`` does in one go
    (host.evaluate_script -> compiler.compile_script -> run()):

    * :meth:`parse`: esprima + ESTree conversion, bypassing the parse cache
      (``parser._parse_uncached``);
    * :meth:`compile`: scope resolution and closure compilation
      (``compiler.compile_script``) with the tree already in the parse
      cache, so only a cache lookup (one blake2b hash of the source)
      stands in for parsing;
    * :meth:`run`: executing the compiled ``run()`` closure on gode's
      large-stack interpreter thread;
    * :meth:`total`: ``Runtime.evaluate_script`` from source text, parse
      cache disabled (wrap in :func:`no_parse_cache` and call
      :func:`clear_parse_cache` before each round).
    """

    def __init__(self, name, source=None):
        import gode
        from gode.interpreter.runtime.values import to_js_string
        self.name = name
        self.source = program_source(name) if source is None else source
        self.text = to_js_string(self.source)
        self.filename = FILENAME_PREFIX + name + ".js"
        self.out = io.StringIO()
        self.rt = gode.Runtime(stdout=self.out)
        self.compiled = None

    def output(self):
        return self.out.getvalue()

    def _in_agent(self, fn, *args):
        from gode.interpreter.runtime.agent import set_current_agent
        self.rt.agent.start_clock()
        previous = set_current_agent(self.rt.agent)
        try:
            return fn(*args)
        finally:
            set_current_agent(previous)

    def parse(self):
        from gode.interpreter import parser
        return parser._parse_uncached(self.text, "script")

    def warm_parse_cache(self):
        from gode.interpreter import parser
        parser.parse(self.text, "script")

    def compile(self):
        from gode.interpreter import compiler
        self.compiled = self._in_agent(compiler.compile_script, self.rt.realm, self.text,
                                       self.filename)
        return self.compiled

    def run(self):
        from gode.runtime_api import run_on_big_stack
        return run_on_big_stack(self._in_agent, self.compiled)

    def total(self):
        return self.rt.evaluate_script(self.source, self.filename)


def gode_run_setup(name):
    """A fresh Runtime with the program compiled, ready for :meth:`GodeProgram.run`."""
    p = GodeProgram(name)
    p.warm_parse_cache()
    p.compile()
    return p


# -- js2py ----------------------------------------------------------------------------------

def js2py_available():
    try:
        import js2py  # noqa: F401
    except Exception:  # not installed, or (0.74 on Python 3.12+) fails to import
        return False
    return True


class Js2pyProgram:
    """One program in a fresh ``js2py.EvalJs`` context.  ``total`` is
    translation to Python (pyjsparser + js2py's translator), Python's
    compile() of the result and its execution: EvalJs.execute, whose
    translation cache is per context and so always cold here."""

    def __init__(self, name, source=None):
        import js2py
        self.name = name
        self.source = program_source(name) if source is None else source
        self.ctx = js2py.EvalJs()
        self.out = io.StringIO()

    def total(self):
        with contextlib.redirect_stdout(self.out):
            self.ctx.execute(self.source)

    def output(self):
        """js2py's console.log prints each argument as a Python repr
        ('abc'); turn such lines back into plain text to compare with node."""
        lines = []
        for line in self.out.getvalue().splitlines():
            if len(line) >= 2 and line[0] == line[-1] and line[0] in "'\"":
                try:
                    line = ast.literal_eval(line)
                except (ValueError, SyntaxError):
                    pass
            lines.append(line)
        return "".join(line + "\n" for line in lines)
