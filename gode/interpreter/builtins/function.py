"""Function: the constructor and Function.prototype (call, apply, bind, toString,
Symbol.hasInstance).

Realm attributes: ``function_constructor`` (function_prototype is made by the realm).
https://tc39.es/ecma262/#sec-function-objects
"""

from ..runtime.values import undefined
from .registry import Table, install, make_constructor, arg

proto_methods = Table()


def function_call(realm, this, args):
    return realm.host_create_dynamic_function("normal", args, None)


def function_construct(realm, args, new_target):
    return realm.host_create_dynamic_function("normal", args, new_target)


def setup(realm):
    c = make_constructor(realm, "Function", 1, function_call, function_construct,
                         realm.function_prototype)
    realm.function_constructor = c
    install(realm, realm.function_prototype, proto_methods)
    realm.define_global("Function", c)
    realm.register("%Function%", c)
    realm.register("%Function.prototype%", realm.function_prototype)
