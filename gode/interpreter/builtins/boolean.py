"""Boolean: the constructor and Boolean.prototype (toString, valueOf).

Realm attributes: ``boolean_prototype``, ``boolean_constructor``.
https://tc39.es/ecma262/#sec-boolean-objects
"""

from ..runtime.type_conversion import to_boolean
from ..runtime.object_operations import get_prototype_from_constructor
from .registry import Table, install, make_constructor, arg
from .wrappers import PrimitiveWrapper, this_primitive

proto_methods = Table()


def boolean_call(realm, this, args):
    """https://tc39.es/ecma262/#sec-boolean-constructor-boolean-value"""
    return to_boolean(arg(args, 0))


def boolean_construct(realm, args, new_target):
    b = to_boolean(arg(args, 0))
    return PrimitiveWrapper(get_prototype_from_constructor(new_target, "boolean_prototype"), b)


@proto_methods("toString", 0)
def boolean_proto_to_string(realm, this, args):
    """https://tc39.es/ecma262/#sec-boolean.prototype.tostring"""
    return "true" if this_primitive(this, bool, "Boolean.prototype.toString") else "false"


@proto_methods("valueOf", 0)
def boolean_proto_value_of(realm, this, args):
    """https://tc39.es/ecma262/#sec-boolean.prototype.valueof"""
    return this_primitive(this, bool, "Boolean.prototype.valueOf")


def setup(realm):
    # Boolean.prototype is itself a Boolean object whose value is false.
    proto = PrimitiveWrapper(realm.object_prototype, False)
    realm.boolean_prototype = proto
    c = make_constructor(realm, "Boolean", 1, boolean_call, boolean_construct, proto)
    realm.boolean_constructor = c
    install(realm, proto, proto_methods)
    realm.define_global("Boolean", c)
    realm.register("%Boolean%", c)
    realm.register("%Boolean.prototype%", proto)
