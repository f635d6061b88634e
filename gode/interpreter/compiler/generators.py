"""Suspendable functions: generators (and, with the event loop, async functions).

Placeholder until generator compilation lands: calling a generator function
raises a clear error instead of misbehaving.
"""

from ..runtime.errors import throw_error


def build_suspendable_function(compiler, code, node, instantiate):
    kind = code.kind

    def call(func, this, args):
        if kind == "generator":
            throw_error("SyntaxError", "generators are not supported yet")
        throw_error("SyntaxError", "async functions are not supported yet (issue 4)")
    code.call = call
    code.construct = None
    code.is_constructor = False
