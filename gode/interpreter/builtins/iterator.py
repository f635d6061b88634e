"""%IteratorPrototype%, %AsyncIteratorPrototype% and the Array Iterator
(%ArrayIteratorPrototype% plus the :class:`ArrayIterator` objects it serves).

Realm attributes: ``iterator_prototype``, ``async_iterator_prototype``,
``array_iterator_prototype`` and ``array_iterator_next_prop`` (the Prop
holding the original %ArrayIteratorPrototype%.next, which
``realm.array_iteration_is_pristine`` compares against).

The Array Iterator lives here rather than in array.py because TypedArrays
and the arguments object iterate with it too; array.py only creates them
(:func:`create_array_iterator`).

https://tc39.es/ecma262/#sec-%iteratorprototype%-object
https://tc39.es/ecma262/#sec-asynciteratorprototype
https://tc39.es/ecma262/#sec-array-iterator-objects
"""

from ..runtime.values import undefined, HOLE, SYM_ITERATOR, SYM_ASYNC_ITERATOR, SYM_TO_STRING_TAG
from ..runtime.objects import JSObject, JSArray, Prop
from ..runtime.errors import throw_type_error
from ..runtime.object_operations import length_of_array_like, no_side_effects_to_string
from .registry import Table, install

#: The [[Kind]] of an Array Iterator.
KIND_KEY = 0
KIND_VALUE = 1
KIND_KEY_VALUE = 2


class ArrayIterator(JSObject):
    """An Array Iterator object (https://tc39.es/ecma262/#sec-createarrayiterator).

    The spec builds it from a generator closure; the state that closure
    captures is kept in slots instead: ``iterated`` (the array-like, or None
    once exhausted), ``index`` (the next index) and ``kind`` (one of
    KIND_KEY, KIND_VALUE, KIND_KEY_VALUE).

    Objects other than arrays are iterated through ``length``.  An object
    whose class defines ``iteration_length()`` (TypedArrays) supplies the
    length itself, raising the TypeError for a detached or out-of-bounds
    buffer as %ArrayIteratorPrototype%.next requires.
    """
    __slots__ = ("iterated", "index", "kind")

    def __init__(self, proto, iterated, kind):
        JSObject.__init__(self, proto)
        self.iterated = iterated
        self.index = 0
        self.kind = kind


def create_array_iterator(realm, array, kind):
    """https://tc39.es/ecma262/#sec-createarrayiterator"""
    return ArrayIterator(realm.array_iterator_prototype, array, kind)


def _iter_result(realm, value, done):
    """CreateIterResultObject, built directly (the object is fresh)."""
    o = JSObject(realm.object_prototype)
    o.props = {"value": value, "done": done}
    return o


iterator_proto_methods = Table()


@iterator_proto_methods(SYM_ITERATOR, 0)
def iterator_prototype_iterator(realm, this, args):
    """https://tc39.es/ecma262/#sec-%iteratorprototype%-@@iterator"""
    return this


async_iterator_proto_methods = Table()


@async_iterator_proto_methods(SYM_ASYNC_ITERATOR, 0)
def async_iterator_prototype_async_iterator(realm, this, args):
    """https://tc39.es/ecma262/#sec-asynciteratorprototype-asynciterator"""
    return this


array_iterator_proto_methods = Table()


@array_iterator_proto_methods("next", 0)
def array_iterator_next(realm, this, args):
    """https://tc39.es/ecma262/#sec-%arrayiteratorprototype%.next

    Steps of the CreateArrayIterator closure, one yield per call."""
    if type(this) is not ArrayIterator:
        throw_type_error("incompatible_receiver", "Array Iterator.prototype.next",
                         no_side_effects_to_string(this))
    a = this.iterated
    if a is None:
        return _iter_result(realm, undefined, True)
    index = this.index
    if type(a) is JSArray:
        els = a.elements
        length = len(els) if els is not None else a.length
    else:
        own_length = getattr(type(a), "iteration_length", None)
        length = own_length(a) if own_length is not None else length_of_array_like(a)
    if index >= length:
        # The generator has returned: later calls must not look at `a` again.
        this.iterated = None
        return _iter_result(realm, undefined, True)
    this.index = index + 1
    kind = this.kind
    if kind == KIND_KEY:
        return _iter_result(realm, float(index), False)
    if type(a) is JSArray:
        els = a.elements
        if els is not None and index < len(els) and els[index] is not HOLE:
            value = els[index]
        else:
            value = a.get(str(index), a)
    else:
        value = a.get(str(index), a)
    if kind == KIND_VALUE:
        return _iter_result(realm, value, False)
    pair = JSArray(realm.array_prototype, [float(index), value])
    return _iter_result(realm, pair, False)


def setup(realm):
    ip = JSObject(realm.object_prototype)
    install(realm, ip, iterator_proto_methods)
    realm.iterator_prototype = ip
    realm.register("%IteratorPrototype%", ip)

    aip = JSObject(realm.object_prototype)
    install(realm, aip, async_iterator_proto_methods)
    realm.async_iterator_prototype = aip
    realm.register("%AsyncIteratorPrototype%", aip)

    arr_ip = JSObject(ip)
    install(realm, arr_ip, array_iterator_proto_methods)
    arr_ip.props[SYM_TO_STRING_TAG] = Prop("Array Iterator", False, False, True)
    realm.array_iterator_prototype = arr_ip
    realm.array_iterator_next_prop = arr_ip.props["next"]
    realm.register("%ArrayIteratorPrototype%", arr_ip)
