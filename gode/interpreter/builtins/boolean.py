"""Boolean: the constructor and Boolean.prototype.

Realm attributes: ``boolean_prototype``, ``boolean_constructor``.
https://tc39.es/ecma262/#sec-boolean-objects
"""

from ..runtime.objects import JSObject


def setup(realm):
    realm.boolean_prototype = JSObject(realm.object_prototype)
