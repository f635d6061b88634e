"""Realms: a global object plus its own set of intrinsics.

https://tc39.es/ecma262/#sec-code-realms

A realm is created by running each builtin family's ``setup(realm)`` in
:data:`BUILTIN_MODULES` order.  Intrinsic prototypes are plain attributes
(``realm.array_prototype``) because the compiler and the builtins read them
on hot paths; ``realm.intrinsics`` maps spec names (``"%Array%"``) to the same
objects for code that needs look-up by name.
"""

import importlib

from .values import undefined, null, JSSymbol, SYM_ITERATOR
from .objects import JSObject, Prop
from .function import BuiltinFunction

#: Builtin family modules under gode.interpreter.builtins, in set-up order.
BUILTIN_MODULES = [
    "object", "function", "error", "symbol", "iterator", "array", "string", "number",
    "boolean", "bigint", "math", "json", "reflect", "generator", "global_functions",
    "console",
]


def _noop(realm, this, args):
    return undefined


class Realm:
    def __init__(self, agent, host=None):
        self.agent = agent
        #: The embedding host (gode.Runtime) or None; builtins such as console
        #: and process reach the outside world only through it.
        self.host = host
        self.intrinsics = {}
        self.object_prototype = JSObject(None)
        self.function_prototype = BuiltinFunction.__new__(BuiltinFunction)
        fp = self.function_prototype
        fp.proto = self.object_prototype
        fp.extensible = True
        fp.realm = self
        fp.fn = _noop
        fp.ctor = None
        fp.function_name = ""
        fp.length = 0
        fp.is_constructor = False
        self.global_object = JSObject(self.object_prototype)
        #: Global let/const/class declarations (the declarative record).
        self.global_lexicals = {}
        self.global_consts = set()
        self.template_registry = {}
        self.error_prototypes = {}
        self.symbol_registry = {}
        previous = agent.realm
        agent.realm = self
        try:
            for name in BUILTIN_MODULES:
                module = importlib.import_module("gode.interpreter.builtins." + name)
                module.setup(self)
        finally:
            if previous is not None:
                agent.realm = previous
        self.define_global("globalThis", self.global_object)

    # -- globals ------------------------------------------------------------------

    def define_global(self, name, value):
        self.global_object.props[name] = Prop(value, True, False, True)

    def register(self, spec_name, obj):
        self.intrinsics[spec_name] = obj

    # -- primitives -----------------------------------------------------------------

    def prototype_for_primitive(self, v):
        t = type(v)
        if t is str:
            return self.string_prototype
        if t is float:
            return self.number_prototype
        if t is bool:
            return self.boolean_prototype
        if t is JSSymbol:
            return self.symbol_prototype
        if t is int:
            return self.bigint_prototype
        raise TypeError(f"not a primitive: {v!r}")

    def wrap_primitive(self, v):
        """ToObject of a primitive: a Boolean/Number/String/Symbol/BigInt object."""
        from ..builtins.wrappers import wrap_primitive
        return wrap_primitive(self, v)

    # -- errors ---------------------------------------------------------------------

    def new_error(self, kind, message):
        from ..builtins.error import make_error
        return make_error(self, kind, message)

    # -- fast-path guards -------------------------------------------------------------

    def array_iteration_is_pristine(self, arr):
        """Whether iterating ``arr`` would run the original array iterator
        (no own or patched Symbol.iterator, original %ArrayIteratorPrototype%.next)."""
        return (arr.proto is self.array_prototype
                and SYM_ITERATOR not in arr.props
                and self.array_prototype.props.get(SYM_ITERATOR) is self.array_values_prop
                and self.array_iterator_prototype.props.get("next") is self.array_iterator_next_prop)

    def string_iteration_is_pristine(self):
        return (self.string_prototype.props.get(SYM_ITERATOR) is self.string_iterator_prop
                and self.string_iterator_prototype.props.get("next") is self.string_iterator_next_prop)
