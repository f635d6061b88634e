"""Array: the constructor, Array.from/of/isArray, every Array.prototype method
(ES2023), and %ArrayIteratorPrototype%.

Realm attributes: ``array_prototype``, ``array_constructor``,
``array_iterator_prototype``, ``array_values_prop`` (the Prop holding the
original Array.prototype[Symbol.iterator]) and ``array_iterator_next_prop``
(the Prop holding the original %ArrayIteratorPrototype%.next); the realm's
array_iteration_is_pristine compares against them.
https://tc39.es/ecma262/#sec-array-objects
"""

from ..runtime.objects import JSObject, JSArray


def setup(realm):
    realm.array_prototype = JSArray(realm.object_prototype)
    realm.array_iterator_prototype = JSObject(realm.iterator_prototype)
    realm.array_values_prop = None
    realm.array_iterator_next_prop = None
