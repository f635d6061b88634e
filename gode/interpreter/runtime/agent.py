"""The agent: per-thread state of the running interpreter.

https://tc39.es/ecma262/#sec-agents.  One agent belongs to one
:class:`gode.Runtime`; it holds the current realm, the JS call stack used for
``Error.stack`` and the recursion limit, and the limit counters (steps, wall
time) that compiled code checks at loop back-edges and calls.

Runtime helpers reach the running agent through :func:`current_agent`, a
thread-local, so that they need not thread a realm through every call.  The
compiled closures capture their agent directly (no thread-local look-up on
hot paths).
"""

import threading
import time

_tls = threading.local()


class LimitExceeded(Exception):
    """Raised (as a Python exception, never catchable by JS) when a limit set
    by the embedder is exceeded.  ``kind`` is 'steps', 'time' or 'output'."""

    def __init__(self, kind, message):
        Exception.__init__(self, message)
        self.kind = kind


#: How many back-edges/calls run between two checks of the wall clock.
CHECK_INTERVAL = 1000


class Agent:
    """Mutable execution state shared by all code of one runtime."""

    def __init__(self, max_depth=12000, max_steps=None, timeout=None):
        self.realm = None
        #: Call sites of the frames currently active (innermost last); each is
        #: a CallSite or a BuiltinFrame.  Used for Error.stack.
        self.call_stack = []
        self.max_depth = max_depth
        self.max_steps = max_steps
        self.timeout = timeout
        self.steps = 0
        self.deadline = None
        #: Counts down to the next full limit check.
        self.budget = CHECK_INTERVAL
        self.interrupt = None

    def start_clock(self):
        self.deadline = None if self.timeout is None else time.monotonic() + self.timeout
        self.steps = 0
        self.budget = CHECK_INTERVAL

    def check_limits(self):
        """Slow path of the step counter: called every CHECK_INTERVAL ticks."""
        self.steps += CHECK_INTERVAL - self.budget if self.budget > 0 else CHECK_INTERVAL
        self.budget = CHECK_INTERVAL
        if self.max_steps is not None and self.steps > self.max_steps:
            raise LimitExceeded("steps", f"step limit of {self.max_steps} exceeded")
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise LimitExceeded("time", f"time limit of {self.timeout}s exceeded")
        if self.interrupt is not None:
            reason, self.interrupt = self.interrupt, None
            raise LimitExceeded("interrupt", reason)


def call_from_runtime(f, this, args):
    """Call a JS function from runtime code (a getter, a setter, valueOf or
    toString during a conversion): counted in the call depth like a call
    from JS, so runaway recursion through accessors is a RangeError too.
    The entry's site is None: stack traces skip it."""
    agent = _tls.agent
    stack = agent.call_stack
    stack.append((None, f, this))
    try:
        if len(stack) > agent.max_depth:
            from .errors import throw_range_error
            throw_range_error("max_call_stack")
        return f.call(this, args)
    finally:
        stack.pop()


def current_agent():
    return _tls.agent


def current_realm():
    return _tls.agent.realm


def set_current_agent(agent):
    previous = getattr(_tls, "agent", None)
    _tls.agent = agent
    return previous
