"""Array: the constructor, Array.from/of/isArray, get Array[@@species] and
every Array.prototype method (ES2023).

Realm attributes: ``array_prototype``, ``array_constructor``,
``array_values_prop`` (the Prop holding the original
Array.prototype[Symbol.iterator], the same function object as ``values``),
``array_constructor_prop`` and ``array_species_prop`` (the original Props of
Array.prototype.constructor and Array[@@species], which tell that
ArraySpeciesCreate would make a plain Array), ``array_join_stack`` (arrays
whose join/toString/toLocaleString is running, for V8's cycle detection).
The Array Iterator (%ArrayIteratorPrototype%, ``array_iterator_next_prop``)
lives in iterator.py.
https://tc39.es/ecma262/#sec-array-objects

Every method follows the generic algorithm of the spec, which works on any
array-like ``this``.  The common methods also have fast paths on the dense
``elements`` list of a JSArray.  A fast path must be observably identical to
the generic steps, so it is taken only when:

* it reads an element that is present in ``elements`` (a hole is looked up
  through the prototype chain by the generic steps), re-reading the list on
  each step because callbacks may mutate the array.  objects.py empties the
  list when an array turns sparse, so a loop holding it falls back to the
  generic steps then;
* it writes through list operations only when those are what the spec's
  Set/DeletePropertyOrThrow would do: the array is extensible, its length
  writable, and no prototype has indexed properties (:func:`_list_is_exact`);
* it builds the result as a Python list only when ArraySpeciesCreate would
  make a plain Array without running user code (:func:`_species_is_plain`).

Error messages are V8's (callbacks render with no_side_effects_to_string).
"""

import functools
import weakref

from ..runtime.values import (undefined, null, HOLE, ABSENT, SYM_ITERATOR, SYM_SPECIES,
                              SYM_UNSCOPABLES, SYM_IS_CONCAT_SPREADABLE)
from ..runtime.objects import JSObject, JSArray, Prop, MAX_ARRAY_LENGTH, array_index
from ..runtime.errors import throw_type_error, throw_range_error, JSThrow
from ..runtime.type_conversion import (to_object, to_string, to_number, to_boolean,
                                       to_integer_or_infinity, to_uint32, number_to_string)
from ..runtime.operators import is_strictly_equal, same_value_zero, is_array
from ..runtime.object_operations import (
    is_callable, is_constructor, length_of_array_like, set_,
    create_data_property_or_throw, delete_property_or_throw, get_prototype_from_constructor,
    get_function_realm, get_v, get_iterator_from_method, iterator_step_value, iterator_close,
    IteratorRecord,
    iter_code_points, no_side_effects_to_string)
from ..runtime.agent import current_agent
from .iterator import create_array_iterator, KIND_KEY, KIND_VALUE, KIND_KEY_VALUE
from .registry import Table, install, make_constructor, arg

#: 2**53 - 1, the largest length of an array-like.
MAX_SAFE_INTEGER = 2 ** 53 - 1
#: V8's String::kMaxLength; join refuses to build a longer string.
MAX_STRING_LENGTH = (1 << 29) - 24
#: Nested arrays that join and flat walk recursively cost V8 stack: node
#: gives up at about 3200 levels of join and 6300 of flat, where plain JS
#: recursion reaches 11800 calls.  Charging a level this many frames against
#: agent.max_depth reproduces that (for join, on top of the call-stack entry
#: each nested array's toString conversion pushes itself).
JOIN_FRAMES = 2.7
FLAT_FRAMES = 1.9
#: Generic loops charge the step budget once per this many indices.
STEP_CHUNK = 1 << 14
#: ArrayCreate keeps up to this many holes in a dense list (``new
#: Array(n).fill(x)`` stays fast); longer arrays start sparse.
DENSE_LIMIT = 1 << 24

statics = Table()
proto_methods = Table()

_DIGITS = frozenset("0123456789")


# -- shared helpers ---------------------------------------------------------------


def _this_object(this, name=None):
    """ToObject(this value).  The methods V8 implements in Torque say
    'Array.prototype.<name> called on null or undefined'; pass ``name`` for
    those, the others use ToObject's own message."""
    if isinstance(this, JSObject):
        return this
    if name is not None and (this is undefined or this is null):
        throw_type_error(f"Array.prototype.{name} called on null or undefined")
    return to_object(this)


def _require_callable(fn):
    if not getattr(fn, "is_callable", False):
        throw_type_error("not_function", no_side_effects_to_string(fn))


def _dense(o):
    """The live ``elements`` list of a dense JSArray, else an empty tuple so
    that every ``k < len(els)`` test fails and the generic steps run."""
    if type(o) is JSArray:
        els = o.elements
        if els is not None:
            return els
    return ()


#: Ordinary prototypes last seen without integer-like keys: id -> (weak
#: reference to the object, tuple of its keys then).  An unchanged key tuple
#: (compared at C speed) proves they still have none.  Weak, and cleared
#: when it grows large, so it keeps no realm alive.
_INDEX_FREE = {}


def _protos_have_indices(o):
    """Whether some prototype of ``o`` may have an integer-keyed property,
    so that a hole in ``o`` is not simply absent (conservative: exotic
    prototypes, and stray digit-led keys, count as yes)."""
    p = o.proto
    while p is not None:
        t = type(p)
        if t is JSArray:
            # Dense arrays keep every index in ``elements``, never in props.
            els = p.elements
            if els is None or els:
                return True
        elif t is JSObject:
            keys = tuple(p.props)
            seen = _INDEX_FREE.get(id(p))
            if seen is None or seen[0]() is not p or seen[1] != keys:
                for k in keys:
                    if type(k) is str and k and k[0] in _DIGITS:
                        return True
                if len(_INDEX_FREE) > 256:
                    _INDEX_FREE.clear()
                _INDEX_FREE[id(p)] = (weakref.ref(p), keys)
        else:
            return True
        p = p.proto
    return False


def _list_is_exact(o, els):
    """Whether rewriting the dense list ``els`` of ``o`` in place does
    exactly what the spec's element-wise Set/DeletePropertyOrThrow would do:
    holes are plain absences and writing one creates an own property (or
    there is no hole at all, so every write hits an own element).  A write
    past the end is never covered: see :func:`_exact_list`."""
    if o.extensible and not _protos_have_indices(o):
        return True
    return HOLE not in els


def _exact_list(o, n, grows=False):
    """The dense list of ``o`` when it still has length ``n`` and may be
    rewritten with list operations (see :func:`_list_is_exact`), else None.
    ``grows``: the operation writes past the end, where an inherited setter
    or a non-extensible array would intervene."""
    if type(o) is JSArray:
        els = o.elements
        if els is not None and len(els) == n and o.length_writable:
            if grows:
                if o.extensible and not _protos_have_indices(o):
                    return els
            elif _list_is_exact(o, els):
                return els
    return None


def _read_all(o, els, lo, hi):
    """[Get(o, k) for k in lo..hi-1] from a dense list (holes read through
    the prototype chain only when it has indexed properties)."""
    part = list(els[lo:hi]) if type(els) is tuple else els[lo:hi]
    if HOLE in part:  # a list copy is scanned at C speed
        if _protos_have_indices(o):
            return [o.get(str(lo + i), o) if v is HOLE else v for i, v in enumerate(part)]
        return [undefined if v is HOLE else v for v in part]
    return part


def _relative_index(v, length):
    """The clamp of 'relativeStart'-style arguments into [0, length]."""
    rel = to_integer_or_infinity(v)
    if rel < 0:
        r = length + rel
        return 0 if r < 0 else int(r)
    return length if rel > length else rel


def _relative_end(v, length):
    return length if v is undefined else _relative_index(v, length)


def array_create(realm, length, proto=None):
    """https://tc39.es/ecma262/#sec-arraycreate"""
    if length > MAX_ARRAY_LENGTH:
        throw_range_error("invalid_array_length")
    if proto is None:
        proto = realm.array_prototype
    if length <= DENSE_LIMIT:
        return JSArray(proto, [HOLE] * length)
    a = JSArray(proto)
    a.set_length(length)
    return a


def _species_is_plain(realm, o):
    """Whether ArraySpeciesCreate(o, n) makes a plain Array of this realm
    without running user code: ``o`` is not an array at all, or it is an
    ordinary Array whose 'constructor' and Array[@@species] are untouched.
    (The Props compared are replaced, never mutated, when redefined.)"""
    if type(o) is JSArray:
        return (o.proto is realm.array_prototype and "constructor" not in o.props
                and realm.array_prototype.props.get("constructor") is realm.array_constructor_prop
                and realm.array_constructor.props.get(SYM_SPECIES) is realm.array_species_prop)
    return not is_array(o)


def array_species_create(realm, original, length):
    """https://tc39.es/ecma262/#sec-arrayspeciescreate"""
    if not is_array(original):
        return array_create(realm, length)
    c = original.get("constructor", original)
    if is_constructor(c):
        c_realm = get_function_realm(c)
        if c_realm is not realm and c is getattr(c_realm, "array_constructor", None):
            c = undefined
    if isinstance(c, JSObject):
        c = c.get(SYM_SPECIES, c)
        if c is null:
            c = undefined
    if c is undefined:
        return array_create(realm, length)
    if not is_constructor(c):
        throw_type_error("object.constructor[Symbol.species] is not a constructor")
    return c.construct([float(length)], c)


def _new_array(realm, values):
    return JSArray(realm.array_prototype, values)


def _from_index(v, length):
    """The start index of indexOf/includes (None: nothing to search)."""
    n = to_integer_or_infinity(v)
    if n == float("inf"):
        return None
    if n < 0:
        k = length + n
        return 0 if k < 0 else int(k)
    return n


def _list_index(els, x, start, end):
    """IsStrictlyEqual search in a Python list between start and end: the
    first index whose element is strictly equal to ``x``, or -1.  list.index
    compares with Python ==, so a hit of another type (True == 1.0,
    1 == 1.0) is skipped; NaN equals nothing."""
    t = type(x)
    if t is float and x != x:
        return -1
    index = els.index
    while True:
        try:
            i = index(x, start, end)
        except ValueError:
            return -1
        v = els[i]
        if v is x or type(v) is t:
            return i
        start = i + 1


def _throw_length_exceeded():
    """V8's error when a result would be longer than 2**53 - 1 elements."""
    throw_type_error("invalid_array_length")


def _steps(start, stop, step=1):
    """range(start, stop, step) for the generic loops.  A long one charges
    the agent's step budget chunk by chunk, so that the embedder's time and
    step limits also stop a builtin walking a huge array-like (loops that
    call back into JS are charged by those calls already)."""
    if (stop - start) * step <= STEP_CHUNK:
        return range(start, stop, step)
    return _charged_range(start, stop, step)


def _charged_range(start, stop, step):
    agent = current_agent()
    chunk = STEP_CHUNK * step
    for lo in range(start, stop, chunk):
        hi = lo + chunk
        if (hi > stop) if step > 0 else (hi < stop):
            hi = stop
        agent.budget = 0
        agent.check_limits()
        yield from range(lo, hi, step)


# -- the constructor and its statics ------------------------------------------------


def array_call(realm, this, args):
    return array_construct(realm, args, realm.array_constructor)


def array_construct(realm, args, new_target):
    """https://tc39.es/ecma262/#sec-array"""
    if new_target is realm.array_constructor:
        proto = realm.array_prototype
    else:
        proto = get_prototype_from_constructor(new_target, "array_prototype")
    n = len(args)
    if n == 0:
        return JSArray(proto)
    if n == 1:
        length = args[0]
        if type(length) is not float:
            return JSArray(proto, [length])
        int_len = to_uint32(length)
        if int_len != length:
            throw_range_error("invalid_array_length")
        return array_create(realm, int_len, proto)
    return JSArray(proto, list(args))


@statics("isArray", 1)
def array_is_array(realm, this, args):
    """https://tc39.es/ecma262/#sec-array.isarray"""
    return is_array(arg(args, 0))


@statics("from", 1)
def array_from(realm, this, args):
    """https://tc39.es/ecma262/#sec-array.from"""
    c = this
    items = arg(args, 0)
    mapfn = arg(args, 1)
    this_arg = arg(args, 2)
    mapping = mapfn is not undefined
    if mapping:
        _require_callable(mapfn)
    if items is undefined or items is null:
        what = "undefined" if items is undefined else "object null"
        throw_type_error(f"{what} is not iterable (cannot read property Symbol(Symbol.iterator))")
    plain = c is realm.array_constructor
    # Fast paths: the original iterators of a plain array or a string.
    if plain:
        if type(items) is JSArray and realm.array_iteration_is_pristine(items):
            return _from_pristine_array(realm, items, mapfn if mapping else None, this_arg)
        if type(items) is str and not mapping and realm.string_iteration_is_pristine():
            return _new_array(realm, list(iter_code_points(items)))
    using_iterator = get_v(items, SYM_ITERATOR)
    if using_iterator is not undefined and using_iterator is not null:
        if not is_callable(using_iterator):
            throw_type_error("%Array%.from requires that the property of the first argument, "
                             "items[Symbol.iterator], when exists, be a function")
        if plain:
            a = _new_array(realm, [])
            out = a.elements  # private until returned, so it stays this list
        else:
            a = c.construct([], c) if is_constructor(c) else array_create(realm, 0)
            out = None
        rec = get_iterator_from_method(items, using_iterator)
        k = 0
        while True:
            if k >= MAX_SAFE_INTEGER:
                error = JSThrow(realm.new_error("TypeError", "Invalid array length"))
                iterator_close(rec, error)
                raise error
            value = iterator_step_value(rec)
            if value is ABSENT:
                if out is None:
                    set_(a, "length", float(k), True)
                return a
            if mapping:
                try:
                    value = mapfn.call(this_arg, [value, float(k)])
                except JSThrow as e:
                    iterator_close(rec, e)
                    raise
            if out is not None:
                out.append(value)
            else:
                try:
                    create_data_property_or_throw(a, str(k), value)
                except JSThrow as e:
                    iterator_close(rec, e)
                    raise
            k += 1
    # An array-like.
    array_like = to_object(items)
    n = length_of_array_like(array_like)
    els = _dense(array_like)
    call = mapfn.call if mapping else None
    if plain and n <= DENSE_LIMIT:
        out = []
        for k in _steps(0, n):
            if k < len(els) and els[k] is not HOLE:
                v = els[k]
            else:
                v = array_like.get(str(k), array_like)
            out.append(v if call is None else call(this_arg, [v, float(k)]))
        return _new_array(realm, out)
    if is_constructor(c):
        a = c.construct([float(n)], c)
    else:
        a = array_create(realm, n)
    for k in _steps(0, n):
        if k < len(els) and els[k] is not HOLE:
            v = els[k]
        else:
            v = array_like.get(str(k), array_like)
        if call is not None:
            v = call(this_arg, [v, float(k)])
        create_data_property_or_throw(a, str(k), v)
    set_(a, "length", float(n), True)
    return a


def _from_pristine_array(realm, items, mapfn, this_arg):
    """Array.from(array) with the original array iterator: its steps read
    the live length and elements on every step, exactly as here."""
    if mapfn is None:
        els = items.elements
        if els is not None:
            return _new_array(realm, _read_all(items, els, 0, len(els)))
    out = []
    call = mapfn.call if mapfn is not None else None
    k = 0
    while True:
        els = items.elements
        length = len(els) if els is not None else items.length
        if k >= length:
            return _new_array(realm, out)
        if els is not None and els[k] is not HOLE:
            v = els[k]
        else:
            v = items.get(str(k), items)
        if call is not None:
            try:
                v = call(this_arg, [v, float(k)])
            except JSThrow as e:
                # IfAbruptCloseIterator: the iterator the spec would hold.
                iterator = create_array_iterator(realm, items, KIND_VALUE)
                iterator.index = k + 1
                iterator_close(IteratorRecord(iterator, realm.array_iterator_next_prop.value), e)
                raise
        out.append(v)
        k += 1


@statics("of", 0)
def array_of(realm, this, args):
    """https://tc39.es/ecma262/#sec-array.of"""
    n = len(args)
    if this is realm.array_constructor:
        return _new_array(realm, list(args))
    if is_constructor(this):
        a = this.construct([float(n)], this)
    else:
        a = array_create(realm, n)
    for k, v in enumerate(args):
        create_data_property_or_throw(a, str(k), v)
    set_(a, "length", float(n), True)
    return a


@statics(("get", SYM_SPECIES), 0)
def array_species(realm, this, args):
    """https://tc39.es/ecma262/#sec-get-array-@@species"""
    return this


# -- Array.prototype -----------------------------------------------------------------
# Registered in V8's property order so Object.getOwnPropertyNames matches node.


@proto_methods("at", 1)
def at(realm, this, args):
    """https://tc39.es/ecma262/#sec-array.prototype.at"""
    o = _this_object(this)
    n = length_of_array_like(o)
    rel = to_integer_or_infinity(arg(args, 0))
    k = rel if rel >= 0 else n + rel
    if k < 0 or k >= n:
        return undefined
    k = int(k)
    els = _dense(o)
    if k < len(els) and els[k] is not HOLE:
        return els[k]
    return o.get(str(k), o)


def _is_concat_spreadable(realm, o):
    """https://tc39.es/ecma262/#sec-isconcatspreadable"""
    if not isinstance(o, JSObject):
        return False
    if (type(o) is JSArray and o.proto is realm.array_prototype
            and SYM_IS_CONCAT_SPREADABLE not in o.props
            and SYM_IS_CONCAT_SPREADABLE not in realm.array_prototype.props
            and realm.array_prototype.proto is realm.object_prototype
            and SYM_IS_CONCAT_SPREADABLE not in realm.object_prototype.props):
        return True  # the Get below would find nothing
    spreadable = o.get(SYM_IS_CONCAT_SPREADABLE, o)
    if spreadable is not undefined:
        return to_boolean(spreadable)
    return is_array(o)


@proto_methods("concat", 1)
def concat(realm, this, args):
    """https://tc39.es/ecma262/#sec-array.prototype.concat"""
    o = _this_object(this, "concat")
    if _species_is_plain(realm, o):
        a = _new_array(realm, [])
        out = a.elements
    else:
        a = array_species_create(realm, o, 0)
        out = None
    is_real_array = isinstance(a, JSArray)
    n = 0
    for e in [o] + args:
        if _is_concat_spreadable(realm, e):
            e_els = _dense(e)
            length = len(e_els) if e_els else length_of_array_like(e)
            if n + length > MAX_SAFE_INTEGER:
                _throw_length_exceeded()
            if is_real_array and n + length > MAX_ARRAY_LENGTH and isinstance(e, JSArray):
                # V8 refuses up front what the final Set(A, "length") would
                # (for a huge array-like it follows the spec's steps).
                throw_range_error("invalid_array_length")
            if (out is not None and e_els and a.elements is out and len(out) == n
                    and (not _protos_have_indices(e) or HOLE not in e_els)):
                out.extend(e_els)
                n += length
                continue
            if type(e) is JSArray and e.elements is None and not _protos_have_indices(e):
                # A sparse array: visit only the indices it has.
                for key in e.own_property_keys():
                    i = array_index(key) if type(key) is str else -1
                    if i < 0 or i >= length:
                        break  # the indices come first, ascending
                    if e.has_property(key):
                        create_data_property_or_throw(a, str(n + i), e.get(key, e))
                n += length
                continue
            for k in _steps(0, length):
                if k < len(e_els) and e_els[k] is not HOLE:
                    v = e_els[k]
                else:
                    key = str(k)
                    if not e.has_property(key):
                        n += 1
                        continue
                    v = e.get(key, e)
                if out is not None and a.elements is out and len(out) == n:
                    out.append(v)
                else:
                    create_data_property_or_throw(a, str(n), v)
                n += 1
        else:
            if n >= MAX_SAFE_INTEGER:
                _throw_length_exceeded()
            if out is not None and a.elements is out and len(out) == n:
                out.append(e)
            else:
                create_data_property_or_throw(a, str(n), e)
            n += 1
    if out is not None and a.elements is out and len(out) == n:
        return a
    set_(a, "length", float(n), True)  # trailing holes, or a RangeError past 2**32 - 1
    return a


@proto_methods("copyWithin", 2)
def copy_within(realm, this, args):
    """https://tc39.es/ecma262/#sec-array.prototype.copywithin"""
    o = _this_object(this)
    n = length_of_array_like(o)
    to = _relative_index(arg(args, 0), n)
    frm = _relative_index(arg(args, 1), n)
    final = _relative_end(arg(args, 2), n)
    count = min(final - frm, n - to)
    if count <= 0:
        return o
    els = _exact_list(o, n)
    if els is not None:
        els[to:to + count] = els[frm:frm + count]
        return o
    if frm < to < frm + count:
        direction = -1
        frm += count - 1
        to += count - 1
    else:
        direction = 1
    for _ in _steps(0, count):
        from_key = str(frm)
        to_key = str(to)
        if o.has_property(from_key):
            set_(o, to_key, o.get(from_key, o), True)
        else:
            delete_property_or_throw(o, to_key)
        frm += direction
        to += direction
    return o


@proto_methods("fill", 1)
def fill(realm, this, args):
    """https://tc39.es/ecma262/#sec-array.prototype.fill"""
    o = _this_object(this)
    n = length_of_array_like(o)
    value = arg(args, 0)
    k = _relative_index(arg(args, 1), n)
    final = _relative_end(arg(args, 2), n)
    if k >= final:
        return o
    els = _exact_list(o, n)
    if els is not None:
        els[k:final] = [value] * (final - k)
        return o
    for k in _steps(k, final):
        set_(o, str(k), value, True)
    return o


def _find(realm, this, args, name, from_end, want_index):
    """find / findIndex / findLast / findLastIndex (FindViaPredicate,
    https://tc39.es/ecma262/#sec-findviapredicate): every index is read,
    holes included."""
    o = _this_object(this, name)
    n = length_of_array_like(o)
    predicate = arg(args, 0)
    _require_callable(predicate)
    this_arg = arg(args, 1)
    call = predicate.call
    els = _dense(o)
    for k in (_steps(n - 1, -1, -1) if from_end else _steps(0, n)):
        if k < len(els) and els[k] is not HOLE:
            v = els[k]
        else:
            v = o.get(str(k), o)
        r = call(this_arg, [v, float(k), o])
        if r is True or (r is not False and to_boolean(r)):
            return float(k) if want_index else v
    return -1.0 if want_index else undefined


@proto_methods("find", 1)
def find(realm, this, args):
    """https://tc39.es/ecma262/#sec-array.prototype.find"""
    return _find(realm, this, args, "find", False, False)


@proto_methods("findIndex", 1)
def find_index(realm, this, args):
    """https://tc39.es/ecma262/#sec-array.prototype.findindex"""
    return _find(realm, this, args, "findIndex", False, True)


@proto_methods("findLast", 1)
def find_last(realm, this, args):
    """https://tc39.es/ecma262/#sec-array.prototype.findlast"""
    return _find(realm, this, args, "findLast", True, False)


@proto_methods("findLastIndex", 1)
def find_last_index(realm, this, args):
    """https://tc39.es/ecma262/#sec-array.prototype.findlastindex"""
    return _find(realm, this, args, "findLastIndex", True, True)


@proto_methods("lastIndexOf", 1)
def last_index_of(realm, this, args):
    """https://tc39.es/ecma262/#sec-array.prototype.lastindexof"""
    o = _this_object(this)
    n = length_of_array_like(o)
    if n == 0:
        return -1.0
    if len(args) > 1:
        from_index = to_integer_or_infinity(args[1])
    else:
        from_index = n - 1
    if from_index == float("-inf"):
        return -1.0
    if from_index >= 0:
        k = min(from_index, n - 1)
    else:
        k = n + from_index
    k = int(k)
    x = arg(args, 0)
    els = _dense(o)
    if len(els) == n and (not _protos_have_indices(o) or HOLE not in els):
        # No getters and no prototype elements: only present values count.
        t = type(x)
        if t is float and x != x:
            return -1.0
        for i in range(k, -1, -1):
            v = els[i]
            if v is x or (type(v) is t and v == x):
                return float(i)
        return -1.0
    for k in _steps(k, -1, -1):
        key = str(k)
        if o.has_property(key) and is_strictly_equal(o.get(key, o), x):
            return float(k)
    return -1.0


@proto_methods("pop", 0)
def pop(realm, this, args):
    """https://tc39.es/ecma262/#sec-array.prototype.pop"""
    if type(this) is JSArray and this.length_writable:
        els = this.elements
        if els is not None:
            if not els:
                return undefined
            if els[-1] is not HOLE:
                return els.pop()
    o = _this_object(this)
    n = length_of_array_like(o)
    if n == 0:
        set_(o, "length", 0.0, True)
        return undefined
    key = str(n - 1)
    element = o.get(key, o)
    delete_property_or_throw(o, key)
    set_(o, "length", float(n - 1), True)
    return element


@proto_methods("push", 1)
def push(realm, this, args):
    """https://tc39.es/ecma262/#sec-array.prototype.push"""
    if not args and type(this) is JSArray and this.elements is not None:
        # V8 returns at once here, without the final Set(O, "length") that
        # would throw on a read-only length.
        return float(len(this.elements))
    if type(this) is JSArray and this.extensible and this.length_writable:
        els = this.elements
        if els is not None:
            if len(args) == 1:
                # Set(O, n) creates an own element unless a prototype has
                # that index (a setter or a read-only property).
                if not this._proto_has_index(str(len(els))):
                    els.append(args[0])
                    return float(len(els))
            elif not _protos_have_indices(this):
                els.extend(args)
                return float(len(els))
    o = _this_object(this)
    n = length_of_array_like(o)
    count = len(args)
    if n + count > MAX_SAFE_INTEGER:
        throw_type_error(f"Pushing {count} elements on an array-like of length {n} "
                         "is disallowed, as the total surpasses 2**53-1")
    for v in args:
        set_(o, str(n), v, True)
        n += 1
    set_(o, "length", float(n), True)
    return float(n)


@proto_methods("reverse", 0)
def reverse(realm, this, args):
    """https://tc39.es/ecma262/#sec-array.prototype.reverse"""
    o = _this_object(this)
    n = length_of_array_like(o)
    els = _exact_list(o, n)
    if els is not None:
        els.reverse()
        return o
    middle = n // 2
    for lower in _steps(0, middle):
        upper = n - lower - 1
        lower_key = str(lower)
        upper_key = str(upper)
        lower_exists = o.has_property(lower_key)
        if lower_exists:
            lower_value = o.get(lower_key, o)
        upper_exists = o.has_property(upper_key)
        if upper_exists:
            upper_value = o.get(upper_key, o)
        if lower_exists and upper_exists:
            set_(o, lower_key, upper_value, True)
            set_(o, upper_key, lower_value, True)
        elif upper_exists:
            set_(o, lower_key, upper_value, True)
            delete_property_or_throw(o, upper_key)
        elif lower_exists:
            delete_property_or_throw(o, lower_key)
            set_(o, upper_key, lower_value, True)
    return o


@proto_methods("shift", 0)
def shift(realm, this, args):
    """https://tc39.es/ecma262/#sec-array.prototype.shift"""
    if type(this) is JSArray and this.length_writable:
        els = this.elements
        if els is not None:
            if not els:
                return undefined
            # (A short list is scanned for holes faster than the prototypes.)
            if els[0] is not HOLE and ((len(els) <= 16 and HOLE not in els)
                                       or _list_is_exact(this, els)):
                return els.pop(0)
    o = _this_object(this)
    n = length_of_array_like(o)
    if n == 0:
        set_(o, "length", 0.0, True)
        return undefined
    first = o.get("0", o)
    for k in _steps(1, n):
        from_key = str(k)
        to_key = str(k - 1)
        if o.has_property(from_key):
            set_(o, to_key, o.get(from_key, o), True)
        else:
            delete_property_or_throw(o, to_key)
    delete_property_or_throw(o, str(n - 1))
    set_(o, "length", float(n - 1), True)
    return first


@proto_methods("unshift", 1)
def unshift(realm, this, args):
    """https://tc39.es/ecma262/#sec-array.prototype.unshift"""
    o = _this_object(this)
    n = length_of_array_like(o)
    count = len(args)
    if count > 0:
        if n + count > MAX_SAFE_INTEGER:
            _throw_length_exceeded()
        els = _exact_list(o, n, grows=True)
        if els is not None and n + count <= MAX_ARRAY_LENGTH:
            els[0:0] = args
            return float(n + count)
        for k in _steps(n, 0, -1):
            from_key = str(k - 1)
            to_key = str(k + count - 1)
            if o.has_property(from_key):
                set_(o, to_key, o.get(from_key, o), True)
            else:
                delete_property_or_throw(o, to_key)
        for j, v in enumerate(args):
            set_(o, str(j), v, True)
    set_(o, "length", float(n + count), True)
    return float(n + count)


@proto_methods("slice", 2)
def slice_(realm, this, args):
    """https://tc39.es/ecma262/#sec-array.prototype.slice"""
    o = _this_object(this)
    n = length_of_array_like(o)
    k = _relative_index(arg(args, 0), n)
    final = _relative_end(arg(args, 1), n)
    count = max(final - k, 0)
    if _species_is_plain(realm, o):
        els = _dense(o)
        if len(els) == n:
            part = els[k:final]
            if not _protos_have_indices(o) or HOLE not in part:
                return _new_array(realm, part)  # holes stay holes
        if count <= DENSE_LIMIT:
            out = []
            for i in _steps(k, final):
                key = str(i)
                out.append(o.get(key, o) if o.has_property(key) else HOLE)
            return _new_array(realm, out)
    a = array_species_create(realm, o, count)
    els = _dense(o)
    i = 0
    for k in _steps(k, final):
        if k < len(els) and els[k] is not HOLE:
            create_data_property_or_throw(a, str(i), els[k])
        else:
            key = str(k)
            if o.has_property(key):
                create_data_property_or_throw(a, str(i), o.get(key, o))
        i += 1
    set_(a, "length", float(i), True)
    return a


def _sort_compare_fn(comparefn):
    """The comparator argument check shared by sort and toSorted."""
    if comparefn is not undefined and not is_callable(comparefn):
        throw_type_error("The comparison function must be either a function or undefined")


def sort_values(values, comparefn):
    """Sort a list of JS values as SortIndexedProperties does with
    SortCompare (https://tc39.es/ecma262/#sec-sortcompare): undefined last,
    then by ``comparefn`` or by ToString in UTF-16 code unit order.  Stable
    (Python's sort is); an exception thrown by the comparator or by a
    toString propagates.  ToString runs once per value, V8 calls it per
    comparison; the spec leaves the number of calls to the implementation."""
    defined = [v for v in values if v is not undefined]
    undefined_count = len(values) - len(defined)
    if comparefn is undefined:
        if all(type(v) is str for v in defined):
            defined.sort()  # Python's str order is the UTF-16 code unit order
        else:
            keys = [v if type(v) is str else
                    number_to_string(v) if type(v) is float else to_string(v) for v in defined]
            order = sorted(range(len(defined)), key=keys.__getitem__)
            defined = [defined[i] for i in order]
    elif defined:
        call = comparefn.call

        def compare(x, y):
            v = call(undefined, [x, y])
            if type(v) is not float:
                v = to_number(v)
            return v  # NaN compares as neither < 0 nor > 0, i.e. +0

        defined.sort(key=functools.cmp_to_key(compare))
    if undefined_count:
        defined.extend([undefined] * undefined_count)
    return defined


@proto_methods("sort", 1)
def sort(realm, this, args):
    """https://tc39.es/ecma262/#sec-array.prototype.sort"""
    comparefn = arg(args, 0)
    _sort_compare_fn(comparefn)
    o = _this_object(this)
    n = length_of_array_like(o)
    # SortIndexedProperties(obj, len, SortCompare, skip-holes)
    els = _dense(o)
    if len(els) == n and (not _protos_have_indices(o) or HOLE not in els):
        items = [v for v in els if v is not HOLE]
    else:
        items = []
        for k in _steps(0, n):
            key = str(k)
            if o.has_property(key):
                items.append(o.get(key, o))
    items = sort_values(items, comparefn)
    count = len(items)
    els = _exact_list(o, n)  # the comparator may have changed the array
    if els is not None:
        if count < n:
            items.extend([HOLE] * (n - count))
        els[:] = items
        return o
    for j in _steps(0, count):
        set_(o, str(j), items[j], True)
    # Holes were skipped: the tail they leave is deleted.
    for j in _steps(count, n):
        delete_property_or_throw(o, str(j))
    return o


@proto_methods("splice", 2)
def splice(realm, this, args):
    """https://tc39.es/ecma262/#sec-array.prototype.splice"""
    o = _this_object(this)
    n = length_of_array_like(o)
    start = _relative_index(arg(args, 0), n)
    items = args[2:]
    item_count = len(items)
    if not args:
        delete_count = 0
    elif len(args) == 1:
        delete_count = n - start
    else:
        dc = to_integer_or_infinity(args[1])
        delete_count = int(min(max(dc, 0), n - start))
    if n + item_count - delete_count > MAX_SAFE_INTEGER:
        _throw_length_exceeded()
    new_len = n - delete_count + item_count
    if _species_is_plain(realm, o):
        els = _exact_list(o, n, grows=new_len > n)
        if els is not None and new_len <= MAX_ARRAY_LENGTH:
            removed = els[start:start + delete_count]
            els[start:start + delete_count] = items
            return _new_array(realm, removed)  # holes removed stay holes
    a = array_species_create(realm, o, delete_count)
    for k in _steps(0, delete_count):
        from_key = str(start + k)
        if o.has_property(from_key):
            create_data_property_or_throw(a, str(k), o.get(from_key, o))
    set_(a, "length", float(delete_count), True)
    if item_count < delete_count:
        for k in _steps(start, n - delete_count):
            from_key = str(k + delete_count)
            to_key = str(k + item_count)
            if o.has_property(from_key):
                set_(o, to_key, o.get(from_key, o), True)
            else:
                delete_property_or_throw(o, to_key)
        for k in _steps(n, new_len, -1):
            delete_property_or_throw(o, str(k - 1))
    elif item_count > delete_count:
        for k in _steps(n - delete_count, start, -1):
            from_key = str(k + delete_count - 1)
            to_key = str(k + item_count - 1)
            if o.has_property(from_key):
                set_(o, to_key, o.get(from_key, o), True)
            else:
                delete_property_or_throw(o, to_key)
    for j, v in enumerate(items):
        set_(o, str(start + j), v, True)
    set_(o, "length", float(new_len), True)
    return a


@proto_methods("includes", 1)
def includes(realm, this, args):
    """https://tc39.es/ecma262/#sec-array.prototype.includes"""
    o = _this_object(this)
    n = length_of_array_like(o)
    if n == 0:
        return False
    k = _from_index(arg(args, 1), n)
    if k is None:
        return False
    x = arg(args, 0)
    els = _dense(o)
    if len(els) == n and not _protos_have_indices(o):
        # Every Get is a plain read; a hole reads as undefined.
        if type(x) is float and x != x:
            for i in range(k, n):
                v = els[i]
                if type(v) is float and v != v:
                    return True
            return False
        if _list_index(els, x, k, n) >= 0:
            return True
        if x is undefined:
            try:
                els.index(HOLE, k, n)
                return True
            except ValueError:
                pass
        return False
    for k in _steps(k, n):
        if k < len(els) and els[k] is not HOLE:
            v = els[k]
        else:
            v = o.get(str(k), o)
        if same_value_zero(v, x):
            return True
    return False


@proto_methods("indexOf", 1)
def index_of(realm, this, args):
    """https://tc39.es/ecma262/#sec-array.prototype.indexof"""
    o = _this_object(this, "indexOf")
    n = length_of_array_like(o)
    if n == 0:
        return -1.0
    k = _from_index(arg(args, 1), n)
    if k is None:
        return -1.0
    x = arg(args, 0)
    els = _dense(o)
    if len(els) == n and (not _protos_have_indices(o) or HOLE not in els):
        return float(_list_index(els, x, k, n))
    for k in _steps(k, n):
        if k < len(els) and els[k] is not HOLE:
            if is_strictly_equal(els[k], x):
                return float(k)
        else:
            key = str(k)
            if o.has_property(key) and is_strictly_equal(o.get(key, o), x):
                return float(k)
    return -1.0


def _element_string(v):
    """ToString of a join element (undefined and null give '')."""
    t = type(v)
    if t is str:
        return v
    if t is float:
        return number_to_string(v)
    if v is undefined or v is null:
        return ""
    return to_string(v)


def _join(realm, o, n, sep, element_string):
    """The loop of join and toLocaleString, as V8 runs it
    (CycleProtectedArrayJoin): an array met again while its own join runs
    contributes '', and lengths past 2**32 - 1 are refused."""
    if n > MAX_ARRAY_LENGTH:
        _throw_length_exceeded()
    if n == 0:
        return ""
    stack = realm.array_join_stack
    for seen in stack:
        if seen is o:
            return ""
    if (n - 1) * len(sep) > MAX_STRING_LENGTH:
        throw_range_error("Invalid string length")
    agent = realm.agent
    if len(agent.call_stack) + JOIN_FRAMES * len(stack) > agent.max_depth:
        throw_range_error("max_call_stack")
    stack.append(o)
    try:
        els = _dense(o)
        if element_string is _element_string and len(els) == n:
            try:
                result = sep.join(els)  # all strings
            except TypeError:
                pass
            else:
                if len(result) > MAX_STRING_LENGTH:
                    throw_range_error("Invalid string length")
                return result
        parts = []
        size = 0
        for k in _steps(0, n):
            if k < len(els) and els[k] is not HOLE:
                v = els[k]
            else:
                v = o.get(str(k), o)
            s = element_string(v)
            size += len(s)
            if size > MAX_STRING_LENGTH:
                throw_range_error("Invalid string length")
            parts.append(s)
        result = sep.join(parts)
        if len(result) > MAX_STRING_LENGTH:
            throw_range_error("Invalid string length")
        return result
    finally:
        stack.pop()


@proto_methods("join", 1)
def join(realm, this, args):
    """https://tc39.es/ecma262/#sec-array.prototype.join"""
    o = _this_object(this)
    n = length_of_array_like(o)
    separator = arg(args, 0)
    sep = "," if separator is undefined else to_string(separator)
    return _join(realm, o, n, sep, _element_string)


@proto_methods("keys", 0)
def keys(realm, this, args):
    """https://tc39.es/ecma262/#sec-array.prototype.keys"""
    return create_array_iterator(realm, _this_object(this), KIND_KEY)


@proto_methods("entries", 0)
def entries(realm, this, args):
    """https://tc39.es/ecma262/#sec-array.prototype.entries"""
    return create_array_iterator(realm, _this_object(this), KIND_KEY_VALUE)


@proto_methods("values", 0)
def values(realm, this, args):
    """https://tc39.es/ecma262/#sec-array.prototype.values"""
    return create_array_iterator(realm, _this_object(this), KIND_VALUE)


@proto_methods("forEach", 1)
def for_each(realm, this, args):
    """https://tc39.es/ecma262/#sec-array.prototype.foreach"""
    o = _this_object(this, "forEach")
    n = length_of_array_like(o)
    fn = arg(args, 0)
    _require_callable(fn)
    this_arg = arg(args, 1)
    call = fn.call
    els = _dense(o)
    for k in _steps(0, n):
        if k < len(els):
            v = els[k]
            if v is not HOLE:
                call(this_arg, [v, float(k), o])
                continue
        key = str(k)
        if o.has_property(key):
            call(this_arg, [o.get(key, o), float(k), o])
    return undefined


@proto_methods("filter", 1)
def filter_(realm, this, args):
    """https://tc39.es/ecma262/#sec-array.prototype.filter"""
    o = _this_object(this, "filter")
    n = length_of_array_like(o)
    fn = arg(args, 0)
    _require_callable(fn)
    this_arg = arg(args, 1)
    call = fn.call
    els = _dense(o)
    if _species_is_plain(realm, o):
        out = []
        append = out.append
        for k in _steps(0, n):
            if k < len(els) and els[k] is not HOLE:
                v = els[k]
            else:
                key = str(k)
                if not o.has_property(key):
                    continue
                v = o.get(key, o)
            r = call(this_arg, [v, float(k), o])
            if r is True or (r is not False and to_boolean(r)):
                append(v)
        return _new_array(realm, out)
    a = array_species_create(realm, o, 0)
    to = 0
    for k in _steps(0, n):
        if k < len(els) and els[k] is not HOLE:
            v = els[k]
        else:
            key = str(k)
            if not o.has_property(key):
                continue
            v = o.get(key, o)
        if to_boolean(call(this_arg, [v, float(k), o])):
            create_data_property_or_throw(a, str(to), v)
            to += 1
    return a


def _flatten_into_array(put, source, source_len, depth, mapper=None, this_arg=undefined):
    """https://tc39.es/ecma262/#sec-flattenintoarray with start 0.

    Iterative (an explicit stack of the sources being walked) so that deep
    nesting cannot exhaust the Python stack.  ``put(index, value)`` is
    CreateDataPropertyOrThrow on the target; ``mapper`` applies to the
    top-level elements only.  Returns the final target index."""
    target_index = 0
    outer = []
    agent = current_agent()
    limit = agent.max_depth - len(agent.call_stack)
    src, n, i, d = source, source_len, 0, depth
    ticks = 0
    while True:
        ticks += 1
        if ticks >= STEP_CHUNK:
            ticks = 0
            agent.budget = 0
            agent.check_limits()
        if i >= n:
            if not outer:
                return target_index
            src, n, i, d = outer.pop()
            continue
        els = _dense(src)
        if i < len(els) and els[i] is not HOLE:
            element = els[i]
        else:
            key = str(i)
            if not src.has_property(key):
                i += 1
                continue
            element = src.get(key, src)
        if mapper is not None and not outer:
            element = mapper.call(this_arg, [element, float(i), src])
        i += 1
        if d > 0 and is_array(element):
            if len(outer) * FLAT_FRAMES > limit:
                throw_range_error("max_call_stack")
            outer.append((src, n, i, d))
            src, n, i, d = element, length_of_array_like(element), 0, d - 1
            continue
        if target_index >= MAX_SAFE_INTEGER:
            _throw_length_exceeded()
        put(target_index, element)
        target_index += 1


def _flat_target(realm, o):
    """ArraySpeciesCreate(O, 0) and the ``put`` that fills it."""
    if _species_is_plain(realm, o):
        a = _new_array(realm, [])
        out = a.elements
        return a, lambda index, value: out.append(value)
    a = array_species_create(realm, o, 0)
    return a, lambda index, value: create_data_property_or_throw(a, str(index), value)


@proto_methods("flat", 0)
def flat(realm, this, args):
    """https://tc39.es/ecma262/#sec-array.prototype.flat"""
    o = _this_object(this)
    n = length_of_array_like(o)
    depth = arg(args, 0)
    depth_num = 1
    if depth is not undefined:
        depth_num = to_integer_or_infinity(depth)
        if depth_num < 0:
            depth_num = 0
    a, put = _flat_target(realm, o)
    _flatten_into_array(put, o, n, depth_num)
    return a


@proto_methods("flatMap", 1)
def flat_map(realm, this, args):
    """https://tc39.es/ecma262/#sec-array.prototype.flatmap"""
    o = _this_object(this)
    n = length_of_array_like(o)
    mapper = arg(args, 0)
    if not is_callable(mapper):
        throw_type_error("flatMap mapper function is not callable")
    a, put = _flat_target(realm, o)
    _flatten_into_array(put, o, n, 1, mapper, arg(args, 1))
    return a


@proto_methods("map", 1)
def map_(realm, this, args):
    """https://tc39.es/ecma262/#sec-array.prototype.map"""
    o = _this_object(this, "map")
    n = length_of_array_like(o)
    fn = arg(args, 0)
    _require_callable(fn)
    this_arg = arg(args, 1)
    call = fn.call
    els = _dense(o)
    if n <= DENSE_LIMIT and _species_is_plain(realm, o):
        out = [HOLE] * n
        for k in _steps(0, n):
            if k < len(els):
                v = els[k]
                if v is not HOLE:
                    out[k] = call(this_arg, [v, float(k), o])
                    continue
            key = str(k)
            if o.has_property(key):
                out[k] = call(this_arg, [o.get(key, o), float(k), o])
        return _new_array(realm, out)
    a = array_species_create(realm, o, n)
    for k in _steps(0, n):
        if k < len(els) and els[k] is not HOLE:
            v = els[k]
        else:
            key = str(k)
            if not o.has_property(key):
                continue
            v = o.get(key, o)
        create_data_property_or_throw(a, str(k), call(this_arg, [v, float(k), o]))
    return a


def _every_some(realm, this, args, name, stop_on):
    o = _this_object(this, name)
    n = length_of_array_like(o)
    fn = arg(args, 0)
    _require_callable(fn)
    this_arg = arg(args, 1)
    call = fn.call
    els = _dense(o)
    for k in _steps(0, n):
        if k < len(els) and els[k] is not HOLE:
            v = els[k]
        else:
            key = str(k)
            if not o.has_property(key):
                continue
            v = o.get(key, o)
        r = call(this_arg, [v, float(k), o])
        if r is not True and r is not False:
            r = to_boolean(r)
        if r is stop_on:
            return stop_on
    return not stop_on


@proto_methods("every", 1)
def every(realm, this, args):
    """https://tc39.es/ecma262/#sec-array.prototype.every"""
    return _every_some(realm, this, args, "every", False)


@proto_methods("some", 1)
def some(realm, this, args):
    """https://tc39.es/ecma262/#sec-array.prototype.some"""
    return _every_some(realm, this, args, "some", True)


def _reduce(realm, this, args, name, indices):
    """reduce / reduceRight; ``indices(n)`` gives the visiting order."""
    o = _this_object(this, name)
    n = length_of_array_like(o)
    fn = arg(args, 0)
    _require_callable(fn)
    if n == 0 and len(args) < 2:
        throw_type_error("reduce_empty")
    call = fn.call
    els = _dense(o)
    order = iter(indices(n))
    if len(args) >= 2:
        acc = args[1]
    else:
        for k in order:
            if k < len(els) and els[k] is not HOLE:
                acc = els[k]
                break
            key = str(k)
            if o.has_property(key):
                acc = o.get(key, o)
                break
        else:
            throw_type_error("reduce_empty")
    for k in order:
        if k < len(els) and els[k] is not HOLE:
            v = els[k]
        else:
            key = str(k)
            if not o.has_property(key):
                continue
            v = o.get(key, o)
        acc = call(undefined, [acc, v, float(k), o])
    return acc


@proto_methods("reduce", 1)
def reduce(realm, this, args):
    """https://tc39.es/ecma262/#sec-array.prototype.reduce"""
    return _reduce(realm, this, args, "reduce", lambda n: _steps(0, n))


@proto_methods("reduceRight", 1)
def reduce_right(realm, this, args):
    """https://tc39.es/ecma262/#sec-array.prototype.reduceright"""
    return _reduce(realm, this, args, "reduceRight", lambda n: _steps(n - 1, -1, -1))


@proto_methods("toLocaleString", 0)
def to_locale_string(realm, this, args):
    """https://tc39.es/ecma262/#sec-array.prototype.tolocalestring as
    ECMA-402 amends it (https://tc39.es/ecma402/#sup-array.prototype.tolocalestring):
    each element's toLocaleString gets (locales, options)."""
    o = _this_object(this)
    locale_args = [arg(args, 0), arg(args, 1)]

    def element_string(v):
        if v is undefined or v is null:
            return ""
        f = get_v(v, "toLocaleString")
        _require_callable(f)
        return to_string(f.call(v, locale_args))

    return _join(realm, o, length_of_array_like(o), ",", element_string)


@proto_methods("toString", 0)
def to_string_(realm, this, args):
    """https://tc39.es/ecma262/#sec-array.prototype.tostring"""
    o = _this_object(this)
    func = o.get("join", o)
    if not is_callable(func):
        func = realm.intrinsics["%Object.prototype.toString%"]
    return func.call(o, [])


@proto_methods("toReversed", 0)
def to_reversed(realm, this, args):
    """https://tc39.es/ecma262/#sec-array.prototype.toreversed"""
    o = _this_object(this)
    n = length_of_array_like(o)
    if n > MAX_ARRAY_LENGTH:
        throw_range_error("invalid_array_length")
    els = _dense(o)
    if len(els) == n:
        out = _read_all(o, els, 0, n)
        out.reverse()
    else:
        out = [o.get(str(k), o) for k in _steps(n - 1, -1, -1)]
    return _new_array(realm, out)


@proto_methods("toSorted", 1)
def to_sorted(realm, this, args):
    """https://tc39.es/ecma262/#sec-array.prototype.tosorted"""
    comparefn = arg(args, 0)
    _sort_compare_fn(comparefn)
    o = _this_object(this)
    n = length_of_array_like(o)
    if n > MAX_ARRAY_LENGTH:
        throw_range_error("invalid_array_length")
    # SortIndexedProperties(O, len, SortCompare, read-through-holes)
    els = _dense(o)
    if len(els) == n:
        items = _read_all(o, els, 0, n)
    else:
        items = [o.get(str(k), o) for k in _steps(0, n)]
    return _new_array(realm, sort_values(items, comparefn))


@proto_methods("toSpliced", 2)
def to_spliced(realm, this, args):
    """https://tc39.es/ecma262/#sec-array.prototype.tospliced"""
    o = _this_object(this)
    n = length_of_array_like(o)
    start = _relative_index(arg(args, 0), n)
    items = args[2:]
    if not args:
        skip = 0
    elif len(args) == 1:
        skip = n - start
    else:
        sc = to_integer_or_infinity(args[1])
        skip = int(min(max(sc, 0), n - start))
    new_len = n + len(items) - skip
    if new_len > MAX_SAFE_INTEGER:
        _throw_length_exceeded()
    if new_len > MAX_ARRAY_LENGTH:
        throw_range_error("invalid_array_length")
    els = _dense(o)
    if len(els) == n:
        out = _read_all(o, els, 0, start)
        out.extend(items)
        out.extend(_read_all(o, els, start + skip, n))
    else:
        out = [o.get(str(k), o) for k in _steps(0, start)]
        out.extend(items)
        out.extend(o.get(str(k), o) for k in _steps(start + skip, n))
    return _new_array(realm, out)


@proto_methods("with", 2)
def with_(realm, this, args):
    """https://tc39.es/ecma262/#sec-array.prototype.with"""
    o = _this_object(this)
    n = length_of_array_like(o)
    index = to_number(arg(args, 0))
    rel = to_integer_or_infinity(index)
    actual = rel if rel >= 0 else n + rel
    if actual >= n or actual < 0:
        throw_range_error("Invalid index : " + number_to_string(index))
    if n > MAX_ARRAY_LENGTH:
        throw_range_error("invalid_array_length")
    actual = int(actual)
    value = arg(args, 1)
    els = _dense(o)
    if len(els) == n:
        out = _read_all(o, els, 0, actual)
        out.append(value)
        out.extend(_read_all(o, els, actual + 1, n))
    else:
        out = [value if k == actual else o.get(str(k), o) for k in _steps(0, n)]
    return _new_array(realm, out)


# -- set-up --------------------------------------------------------------------------

#: Array.prototype[@@unscopables], in V8's order.
UNSCOPABLES = ["at", "copyWithin", "entries", "fill", "find", "findIndex", "findLast",
               "findLastIndex", "flat", "flatMap", "includes", "keys", "values",
               "toReversed", "toSorted", "toSpliced"]

#: Array.prototype's methods in V8's property order.
_PROTO_ORDER = ["at", "concat", "copyWithin", "fill", "find", "findIndex", "findLast",
                "findLastIndex", "lastIndexOf", "pop", "push", "reverse", "shift", "unshift",
                "slice", "sort", "splice", "includes", "indexOf", "join", "keys", "entries",
                "values", "forEach", "filter", "flat", "flatMap", "map", "every", "some",
                "reduce", "reduceRight", "toLocaleString", "toString", "toReversed",
                "toSorted", "toSpliced", "with"]


def setup(realm):
    proto = JSArray(realm.object_prototype)
    realm.array_prototype = proto
    realm.array_join_stack = []
    c = make_constructor(realm, "Array", 1, array_call, array_construct, proto)
    realm.array_constructor = c
    realm.array_constructor_prop = proto.props["constructor"]
    install(realm, c, statics)
    realm.array_species_prop = c.props[SYM_SPECIES]
    order = {name: i for i, name in enumerate(_PROTO_ORDER)}
    table = Table()
    table.entries = sorted(proto_methods.entries, key=lambda e: order[e[0]])
    install(realm, proto, table)
    values_fn = proto.props["values"].value
    proto.props[SYM_ITERATOR] = Prop(values_fn, True, False, True)
    realm.array_values_prop = proto.props[SYM_ITERATOR]
    unscopables = JSObject(None)
    for name in UNSCOPABLES:
        unscopables.props[name] = True
    proto.props[SYM_UNSCOPABLES] = Prop(unscopables, False, False, True)
    realm.define_global("Array", c)
    realm.register("%Array%", c)
    realm.register("%Array.prototype%", proto)
    realm.register("%Array.prototype.values%", values_fn)
    realm.register("%Array.prototype.toString%", proto.props["toString"].value)
