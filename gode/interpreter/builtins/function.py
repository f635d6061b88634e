"""Function: the constructor and Function.prototype (apply, bind, call,
toString, Symbol.hasInstance, and the poison-pill 'caller'/'arguments'
accessors), plus %ThrowTypeError%.

Realm attributes: ``function_constructor``, ``throw_type_error_function``
(%ThrowTypeError%; function_prototype itself is made by the realm).
https://tc39.es/ecma262/#sec-function-objects

The Function constructor only forwards to the realm's
``host_create_dynamic_function`` (CreateDynamicFunction lives with the
compiler, which owns parsing).
"""

from ..runtime.values import undefined, null, SYM_HAS_INSTANCE
from ..runtime.objects import Prop
from ..runtime.function import BoundFunction, BuiltinFunction, ScriptFunction
from ..runtime.errors import throw_type_error
from ..runtime.type_conversion import to_integer_or_infinity
from ..runtime.object_operations import (create_list_from_array_like, ordinary_has_instance,
                                         no_side_effects_to_string)
from ..runtime.values import INF, NEG_INF
from .registry import Table, install, make_constructor, arg

proto_methods = Table()


# -- the constructor -------------------------------------------------------------------


def function_call(realm, this, args):
    """https://tc39.es/ecma262/#sec-function-p1-p2-pn-body"""
    return realm.host_create_dynamic_function("normal", args, None)


def function_construct(realm, args, new_target):
    return realm.host_create_dynamic_function("normal", args, new_target)


# -- Function.prototype ------------------------------------------------------------------


def _throw_not_callable(realm, value):
    """V8 words a non-callable receiver of call/apply as the callee
    expression of the JS call that reached them ('o.f.call is not a
    function'); the compiler records that text on the innermost call site
    when it has it."""
    stack = realm.agent.call_stack
    text = getattr(stack[-1][0], "callee_text", None) if stack else None
    if not isinstance(text, str):
        text = no_side_effects_to_string(value)
    throw_type_error("not_function", text)


@proto_methods("apply", 2)
def function_proto_apply(realm, this, args):
    """https://tc39.es/ecma262/#sec-function.prototype.apply"""
    if not getattr(this, "is_callable", False):
        _throw_not_callable(realm, this)
    arg_array = arg(args, 1)
    if arg_array is undefined or arg_array is null:
        return this.call(arg(args, 0), [])
    return this.call(arg(args, 0), create_list_from_array_like(arg_array))


@proto_methods("bind", 1)
def function_proto_bind(realm, this, args):
    """https://tc39.es/ecma262/#sec-function.prototype.bind"""
    target = this
    if not getattr(target, "is_callable", False):
        throw_type_error("function_bind_target")
    bound_args = args[1:]
    # Steps 4-6: the length, read only when the target has an own 'length'.
    length = 0
    if target.get_own_property("length") is not None:
        target_len = target.get("length", target)
        if type(target_len) is float:
            if target_len == INF:
                length = INF
            elif target_len != NEG_INF:
                length = max(to_integer_or_infinity(target_len) - len(bound_args), 0)
    # Steps 7-8: the name.
    target_name = target.get("name", target)
    if type(target_name) is not str:
        target_name = ""
    return BoundFunction(realm, target, arg(args, 0), bound_args, "bound " + target_name, length)


@proto_methods("call", 1)
def function_proto_call(realm, this, args):
    """https://tc39.es/ecma262/#sec-function.prototype.call"""
    if not getattr(this, "is_callable", False):
        _throw_not_callable(realm, this)
    return this.call(arg(args, 0), args[1:])


def native_function_source(name):
    """V8's NativeFunction text for a builtin with initial name ``name``."""
    return "function " + name + "() { [native code] }"


def function_to_string(f):
    """The source text Function.prototype.toString gives for the callable
    ``f`` (https://tc39.es/ecma262/#sec-function.prototype.tostring)."""
    if isinstance(f, ScriptFunction):
        text = getattr(f.code, "source_text", None)
        if isinstance(text, str):
            return text
        return native_function_source(f.function_name if type(f.function_name) is str else "")
    if isinstance(f, BuiltinFunction):
        return native_function_source(f.function_name)
    # Bound functions, proxies and other host callables have no source text
    # and no initial name in V8's rendering.
    return native_function_source("")


@proto_methods("toString", 0)
def function_proto_to_string(realm, this, args):
    """https://tc39.es/ecma262/#sec-function.prototype.tostring"""
    if not getattr(this, "is_callable", False):
        throw_type_error("Function.prototype.toString requires that 'this' be a Function")
    return function_to_string(this)


@proto_methods(SYM_HAS_INSTANCE, 1)
def function_proto_has_instance(realm, this, args):
    """https://tc39.es/ecma262/#sec-function.prototype-%symbol.hasinstance%"""
    return ordinary_has_instance(this, arg(args, 0))


# -- %ThrowTypeError% --------------------------------------------------------------------


def throw_type_error_fn(realm, this, args):
    """https://tc39.es/ecma262/#sec-%throwtypeerror%"""
    throw_type_error("strict_callee")


def make_throw_type_error(realm):
    """%ThrowTypeError%: unique per realm, non-extensible, with
    non-configurable 'length' and 'name'."""
    f = BuiltinFunction(realm, throw_type_error_fn, "", 0)
    f.props["length"] = Prop(0.0, False, False, False)
    f.props["name"] = Prop("", False, False, False)
    f.extensible = False
    return f


def setup(realm):
    fp = realm.function_prototype
    thrower = make_throw_type_error(realm)
    realm.throw_type_error_function = thrower
    # V8's key order: length, name, arguments, caller, constructor, ...
    fp.define_accessor("arguments", thrower, thrower, enumerable=False, configurable=True)
    fp.define_accessor("caller", thrower, thrower, enumerable=False, configurable=True)
    c = make_constructor(realm, "Function", 1, function_call, function_construct, fp)
    realm.function_constructor = c
    install(realm, fp, proto_methods)
    # Function.prototype[Symbol.hasInstance] is { writable, enumerable,
    # configurable: false } so that instanceof cannot be redirected by
    # assignment on subclasses.
    fp.props[SYM_HAS_INSTANCE].writable = False
    fp.props[SYM_HAS_INSTANCE].configurable = False
    realm.define_global("Function", c)
    realm.register("%Function%", c)
    realm.register("%Function.prototype%", fp)
    realm.register("%ThrowTypeError%", thrower)
