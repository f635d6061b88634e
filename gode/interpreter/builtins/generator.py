"""Generator objects: %GeneratorFunction%, %GeneratorFunction.prototype%
and %GeneratorPrototype% (next/return/throw).

Realm attributes: ``generator_function_prototype``, ``generator_prototype``.
https://tc39.es/ecma262/#sec-generator-objects
"""

from ..runtime.objects import JSObject


def setup(realm):
    realm.generator_function_prototype = JSObject(realm.function_prototype)
    realm.generator_prototype = JSObject(realm.iterator_prototype)
