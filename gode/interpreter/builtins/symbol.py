"""Symbol: the constructor, Symbol.for/keyFor, well-known symbols, Symbol.prototype.

Realm attributes: ``symbol_prototype``, ``symbol_constructor``.
https://tc39.es/ecma262/#sec-symbol-objects
"""

from ..runtime.objects import JSObject


def setup(realm):
    realm.symbol_prototype = JSObject(realm.object_prototype)
