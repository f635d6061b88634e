"""The Reflect namespace object: one function per object internal method.

Realm attributes: ``reflect`` (the %Reflect% object).
https://tc39.es/ecma262/#sec-reflect-object
"""

from ..runtime.values import null, SYM_TO_STRING_TAG
from ..runtime.objects import JSObject, Prop
from ..runtime.errors import throw_type_error
from ..runtime.type_conversion import to_property_key
from ..runtime.object_operations import (create_list_from_array_like, create_array_from_list,
                                         from_property_descriptor, to_property_descriptor,
                                         no_side_effects_to_string, is_constructor)
from .object import proto_or_none, proto_to_js, require_proto_value
from .registry import Table, install, arg

methods = Table()


def _require_object(v, what):
    if not isinstance(v, JSObject):
        throw_type_error("called_on_non_object", "Reflect." + what)
    return v


def _article_type(v):
    """'a number', 'an object', 'null'... as V8's apply message says it."""
    if v is null:
        return "null"
    from ..runtime.operators import op_typeof
    t = op_typeof(v)
    return ("an " if t == "object" else "a ") + t


@methods("defineProperty", 3)
def reflect_define_property(realm, this, args):
    """https://tc39.es/ecma262/#sec-reflect.defineproperty"""
    target = _require_object(arg(args, 0), "defineProperty")
    key = to_property_key(arg(args, 1))
    desc = to_property_descriptor(arg(args, 2))
    return target.define_own_property(key, desc)


@methods("deleteProperty", 2)
def reflect_delete_property(realm, this, args):
    """https://tc39.es/ecma262/#sec-reflect.deleteproperty"""
    target = _require_object(arg(args, 0), "deleteProperty")
    return target.delete(to_property_key(arg(args, 1)))


@methods("apply", 3)
def reflect_apply(realm, this, args):
    """https://tc39.es/ecma262/#sec-reflect.apply"""
    target = arg(args, 0)
    if not getattr(target, "is_callable", False):
        throw_type_error(f"Function.prototype.apply was called on {no_side_effects_to_string(target)}, "
                         f"which is {_article_type(target)} and not a function")
    arg_list = create_list_from_array_like(arg(args, 2))
    return target.call(arg(args, 1), arg_list)


@methods("construct", 2)
def reflect_construct(realm, this, args):
    """https://tc39.es/ecma262/#sec-reflect.construct"""
    target = arg(args, 0)
    if not is_constructor(target):
        throw_type_error("not_constructor", no_side_effects_to_string(target))
    new_target = target if len(args) < 3 else args[2]
    if not is_constructor(new_target):
        throw_type_error("not_constructor", no_side_effects_to_string(new_target))
    arg_list = create_list_from_array_like(arg(args, 1))
    return target.construct(arg_list, new_target)


@methods("get", 2)
def reflect_get(realm, this, args):
    """https://tc39.es/ecma262/#sec-reflect.get"""
    target = _require_object(arg(args, 0), "get")
    key = to_property_key(arg(args, 1))
    receiver = target if len(args) < 3 else args[2]
    return target.get(key, receiver)


@methods("getOwnPropertyDescriptor", 2)
def reflect_get_own_property_descriptor(realm, this, args):
    """https://tc39.es/ecma262/#sec-reflect.getownpropertydescriptor"""
    target = _require_object(arg(args, 0), "getOwnPropertyDescriptor")
    key = to_property_key(arg(args, 1))
    return from_property_descriptor(target.get_own_property(key))


@methods("getPrototypeOf", 1)
def reflect_get_prototype_of(realm, this, args):
    """https://tc39.es/ecma262/#sec-reflect.getprototypeof"""
    return proto_to_js(_require_object(arg(args, 0), "getPrototypeOf").get_prototype_of())


@methods("has", 2)
def reflect_has(realm, this, args):
    """https://tc39.es/ecma262/#sec-reflect.has"""
    target = _require_object(arg(args, 0), "has")
    return target.has_property(to_property_key(arg(args, 1)))


@methods("isExtensible", 1)
def reflect_is_extensible(realm, this, args):
    """https://tc39.es/ecma262/#sec-reflect.isextensible"""
    return _require_object(arg(args, 0), "isExtensible").is_extensible()


@methods("ownKeys", 1)
def reflect_own_keys(realm, this, args):
    """https://tc39.es/ecma262/#sec-reflect.ownkeys"""
    return create_array_from_list(_require_object(arg(args, 0), "ownKeys").own_property_keys())


@methods("preventExtensions", 1)
def reflect_prevent_extensions(realm, this, args):
    """https://tc39.es/ecma262/#sec-reflect.preventextensions"""
    return _require_object(arg(args, 0), "preventExtensions").prevent_extensions()


@methods("set", 3)
def reflect_set(realm, this, args):
    """https://tc39.es/ecma262/#sec-reflect.set"""
    target = _require_object(arg(args, 0), "set")
    key = to_property_key(arg(args, 1))
    receiver = target if len(args) < 4 else args[3]
    return target.set(key, arg(args, 2), receiver)


@methods("setPrototypeOf", 2)
def reflect_set_prototype_of(realm, this, args):
    """https://tc39.es/ecma262/#sec-reflect.setprototypeof"""
    target = _require_object(arg(args, 0), "setPrototypeOf")
    proto = arg(args, 1)
    require_proto_value(proto)
    return target.set_prototype_of(proto_or_none(proto))


def setup(realm):
    reflect = JSObject(realm.object_prototype)
    install(realm, reflect, methods)
    reflect.props[SYM_TO_STRING_TAG] = Prop("Reflect", False, False, True)
    realm.reflect = reflect
    realm.define_global("Reflect", reflect)
    realm.register("%Reflect%", reflect)
