"""BigInt: the constructor, asIntN/asUintN and BigInt.prototype.

Realm attributes: ``bigint_prototype``, ``bigint_constructor``.
https://tc39.es/ecma262/#sec-bigint-objects
"""

from ..runtime.objects import JSObject


def setup(realm):
    realm.bigint_prototype = JSObject(realm.object_prototype)
