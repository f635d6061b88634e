"""Number: the constructor, its constants and statics, Number.prototype
(toString(radix), toFixed, toPrecision, toExponential, toLocaleString, valueOf).

Realm attributes: ``number_prototype``, ``number_constructor``.
https://tc39.es/ecma262/#sec-number-objects
"""

from ..runtime.objects import JSObject


def setup(realm):
    realm.number_prototype = JSObject(realm.object_prototype)
