"""String: the constructor, String.raw/fromCharCode/fromCodePoint and
String.prototype (every method), plus %StringIteratorPrototype%.

Realm attributes: ``string_prototype``, ``string_constructor``,
``string_iterator_prototype``, ``string_iterator_prop`` (the Prop holding the
original String.prototype[Symbol.iterator]) and ``string_iterator_next_prop``
(the Prop holding the original %StringIteratorPrototype%.next); the last two
let iterate_to_list take its fast path only while they are untouched.
https://tc39.es/ecma262/#sec-string-objects
"""

from ..runtime.objects import JSObject


def setup(realm):
    realm.string_prototype = JSObject(realm.object_prototype)
    realm.string_iterator_prototype = JSObject(realm.iterator_prototype)
    realm.string_iterator_prop = None
    realm.string_iterator_next_prop = None
