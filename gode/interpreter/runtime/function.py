"""Function objects: the common base, builtin functions and bound functions.

ECMAScript function objects made from source (closures) are
:class:`ScriptFunction`; the compiler supplies their behaviour through a
:class:`gode.interpreter.compiler.FunctionCode`-like ``code`` object with a
``call(func, this, args)`` and ``construct(func, args, new_target)``.

Every function keeps its standard own properties (``length``, ``name``,
``prototype``) unmaterialized until something looks at its property storage:
creating a closure in a loop then costs one Python object, not four.  The
trick: ``props`` is a slot left unset, so the first access lands in
``__getattr__``, which builds the standard properties in V8's order.
"""

from .values import undefined, null
from .objects import JSObject, Prop
from .errors import throw_type_error

__all__ = ["JSFunction", "BuiltinFunction", "BoundFunction", "ScriptFunction"]


class JSFunction(JSObject):
    """Base of every callable object."""
    __slots__ = ("realm",)
    js_class = "Function"
    is_callable = True

    def __getattr__(self, name):
        if name == "props":
            props = {}
            self.props = props
            self.init_standard_properties(props)
            return props
        raise AttributeError(name)

    def init_standard_properties(self, props):
        """Fill a fresh ``props`` dict with the standard own properties."""

    def call(self, this, args):
        raise NotImplementedError

    def construct(self, args, new_target):
        throw_type_error("not_constructor", self.display_name())

    def display_name(self):
        name = getattr(self, "function_name", None)
        return name if isinstance(name, str) and name else "anonymous"


def _name_length_props(props, name, length):
    props["length"] = Prop(float(length), False, False, True)
    props["name"] = Prop(name, False, False, True)


class BuiltinFunction(JSFunction):
    """A function implemented in Python.

    ``fn(realm, this, args)`` runs on [[Call]]; ``ctor(realm, args,
    new_target)``, when given, runs on [[Construct]] and makes the function a
    constructor.  ``args`` is a Python list of JS values.
    """
    __slots__ = ("fn", "ctor", "function_name", "length", "is_constructor")

    def __init__(self, realm, fn, name, length, ctor=None, proto=None):
        # props deliberately left unset (see module docstring)
        self.proto = realm.function_prototype if proto is None else proto
        self.extensible = True
        self.realm = realm
        self.fn = fn
        self.ctor = ctor
        self.function_name = name
        self.length = length
        self.is_constructor = ctor is not None

    def init_standard_properties(self, props):
        _name_length_props(props, self.function_name, self.length)

    def call(self, this, args):
        return self.fn(self.realm, this, args)

    def construct(self, args, new_target):
        if self.ctor is None:
            throw_type_error("not_constructor", self.function_name)
        return self.ctor(self.realm, args, new_target)

    def __repr__(self):
        return f"<BuiltinFunction {self.function_name}>"


class BoundFunction(JSFunction):
    """https://tc39.es/ecma262/#sec-bound-function-exotic-objects"""
    __slots__ = ("bound_target", "bound_this", "bound_args", "is_constructor",
                 "_name", "_length")

    def __init__(self, realm, target, bound_this, bound_args, name, length):
        self.proto = target.get_prototype_of()
        self.extensible = True
        self.realm = realm
        self.bound_target = target
        self.bound_this = bound_this
        self.bound_args = bound_args
        self.is_constructor = target.is_constructor
        self._name = name
        self._length = length

    def init_standard_properties(self, props):
        _name_length_props(props, self._name, self._length)

    def call(self, this, args):
        return self.bound_target.call(self.bound_this, self.bound_args + args)

    def construct(self, args, new_target):
        if new_target is self:
            new_target = self.bound_target
        return self.bound_target.construct(self.bound_args + args, new_target)


class ScriptFunction(JSFunction):
    """An ECMAScript function object created from source text.

    ``code`` is the compiled function (shared by every closure of the same
    source function); ``env`` is the closure's captured environment;
    ``home_object`` serves ``super``; ``fields`` lists a class constructor's
    field initializers; ``this_value`` is the captured ``this`` of arrow
    functions (they resolve it statically, so it is unused by them).
    """
    __slots__ = ("code", "env", "home_object", "function_name", "fields",
                 "is_constructor", "class_heritage", "private_methods", "private_env")

    def __init__(self, realm, code, env, proto, function_name):
        self.proto = proto
        self.extensible = True
        self.realm = realm
        self.code = code
        self.env = env
        self.home_object = None
        self.function_name = function_name
        self.fields = None
        self.is_constructor = code.is_constructor
        self.class_heritage = None
        self.private_methods = None
        self.private_env = None

    def init_standard_properties(self, props):
        code = self.code
        _name_length_props(props, self.function_name, code.length)
        if code.kind == "normal" and not code.strict:
            # V8 gives sloppy ordinary functions own, inert 'arguments' and
            # 'caller' (the spec allows it; strict functions must not).
            props["arguments"] = Prop(null, False, False, False)
            props["caller"] = Prop(null, False, False, False)
        if code.needs_prototype:
            props["prototype"] = Prop(code.make_prototype(self), True, False, False)

    def call(self, this, args):
        return self.code.call(self, this, args)

    def construct(self, args, new_target):
        return self.code.construct(self, args, new_target)

    def __repr__(self):
        return f"<ScriptFunction {self.function_name}>"
