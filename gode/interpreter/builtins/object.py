"""Object: the constructor, its static methods and Object.prototype.

Realm attributes: ``object_constructor`` (object_prototype is made by the realm).
https://tc39.es/ecma262/#sec-object-objects
"""

from ..runtime.values import undefined, null
from ..runtime.objects import JSObject
from ..runtime.type_conversion import to_object
from ..runtime.object_operations import ordinary_create_from_constructor
from .registry import Table, install, make_constructor, arg

statics = Table()
proto_methods = Table()


def object_call(realm, this, args):
    v = arg(args, 0)
    if v is undefined or v is null:
        return JSObject(realm.object_prototype)
    return to_object(v)


def object_construct(realm, args, new_target):
    if new_target is not realm.object_constructor:
        return ordinary_create_from_constructor(new_target, "object_prototype")
    return object_call(realm, undefined, args)


def setup(realm):
    c = make_constructor(realm, "Object", 1, object_call, object_construct, realm.object_prototype)
    realm.object_constructor = c
    install(realm, c, statics)
    install(realm, realm.object_prototype, proto_methods)
    realm.define_global("Object", c)
    realm.register("%Object%", c)
    realm.register("%Object.prototype%", realm.object_prototype)
