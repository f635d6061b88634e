"""%IteratorPrototype% and %AsyncIteratorPrototype%.

Realm attributes: ``iterator_prototype``, ``async_iterator_prototype``.
https://tc39.es/ecma262/#sec-%iteratorprototype%-object
"""

from ..runtime.objects import JSObject


def setup(realm):
    realm.iterator_prototype = JSObject(realm.object_prototype)
    realm.async_iterator_prototype = JSObject(realm.object_prototype)
