"""Operations on objects (https://tc39.es/ecma262/#sec-operations-on-objects)
and on iterators (https://tc39.es/ecma262/#sec-operations-on-iterator-objects).

Spelled as in the spec: get, get_v, set_, call, construct, get_method,
create_data_property_or_throw, define_property_or_throw, has_property,
length_of_array_like, create_list_from_array_like, species_constructor,
ordinary_has_instance, get_iterator, iterator_step_value, iterator_close ...
"""

from .values import (undefined, null, JSSymbol, ABSENT, SYM_ITERATOR, SYM_SPECIES, SYM_ASYNC_ITERATOR,
                     SYM_TO_STRING_TAG)
from .objects import JSObject, JSArray, Descriptor, Prop, is_array_index, array_index
from .errors import throw_type_error, JSThrow
from .type_conversion import (to_object, to_property_key, to_length, to_string, to_boolean,
                              number_to_string)
from . import agent as _agent


def is_callable(v):
    return getattr(v, "is_callable", False) is True


def is_constructor(v):
    return getattr(v, "is_constructor", False) is True


def type_name_for_error(v):
    """How V8 names a value in 'X is not a function' style messages."""
    from .values import type_of_primitive
    if isinstance(v, JSObject):
        if v.is_callable:
            return "function"
        return "object"
    if type(v) is str:
        return '"' + v + '"'
    if type(v) is JSSymbol:
        return v.descriptive_string()
    if type(v) is int:
        return str(v)
    return to_string(v)


def get_v(v, key):
    """https://tc39.es/ecma262/#sec-getv: [[Get]] on any value (primitives
    look up their prototype; strings also have indices and length)."""
    if isinstance(v, JSObject):
        return v.get(key, v)
    t = type(v)
    if t is str:
        if key == "length":
            return float(len(v))
        if type(key) is str and key and key[0] in "0123456789":
            from .objects import array_index
            i = array_index(key)
            if 0 <= i < len(v):
                return v[i]
        proto = _agent.current_realm().string_prototype
    elif v is undefined or v is null:
        throw_type_error("read_prop_of", "undefined" if v is undefined else "null",
                         key if type(key) is str else key.descriptive_string())
    else:
        proto = _agent.current_realm().prototype_for_primitive(v)
    return proto.get(key, v)


def get(o, key):
    return o.get(key, o)


def set_(o, key, value, throw):
    """https://tc39.es/ecma262/#sec-set-o-p-v-throw"""
    ok = o.set(key, value, o)
    if not ok and throw:
        throw_set_failure(o, key)
    return ok


def throw_set_failure(o, key):
    """The TypeError V8 raises when a strict [[Set]] on ``o`` returned false:
    it names the reason (a getter without setter, a read-only property, or a
    new property on a non-extensible object).  Never runs user code (a Proxy
    gets V8's falsish-trap message without its traps being consulted)."""
    name = key_to_display(key)
    if is_proxy(o):
        throw_type_error(f"'set' on proxy: trap returned falsish for property '{name}'")
    if isinstance(o, JSArray) and type(key) is str:
        if key == "length" and o.length_writable:
            # Shrinking stopped at a non-configurable element (ArraySetLength).
            throw_type_error("delete_prop", str(o.get_length() - 1), no_side_effects_to_string(o))
        if not o.length_writable and o.extensible and array_index(key) >= o.get_length():
            # Growing past a read-only length: V8 blames the length.
            throw_type_error("readonly_prop", "length", describe_object_for_error(o))
    p = o
    while p is not None and not is_proxy(p):
        own = p.get_own_property(key)
        if own is not None:
            if own.accessor:
                throw_type_error("getter_only", name, no_side_effects_to_string(o))
            if not own.writable:
                throw_type_error("readonly_prop", name, describe_object_for_error(o))
            break
        p = p.get_prototype_of()
    if not o.is_extensible():
        throw_type_error("object_not_extensible", name)
    throw_type_error("readonly_prop", name, describe_object_for_error(o))


def key_to_display(key):
    return key if type(key) is str else key.descriptive_string()


def describe_object_for_error(o):
    """'object '#<Object>'' as V8 says in readonly messages (typeof, then
    the value as :func:`no_side_effects_to_string` renders it)."""
    if getattr(o, "is_callable", False):
        return "function '" + _function_source_hint(o) + "'"
    return "object '" + no_side_effects_to_string(o) + "'"


def _function_source_hint(f):
    try:
        from ..builtins.function import function_to_string
        return function_to_string(f)
    except Exception:
        return "function"


def constructor_name(o):
    """The name V8 uses in '#<Foo>' (the constructor's name, else Object)."""
    try:
        p = o
        while p is not None:
            c = p.props.get("constructor")
            if c is not None:
                if type(c) is Prop:
                    c = c.value if not c.accessor else None
                if c is not None and getattr(c, "is_callable", False):
                    n = c.props.get("name") if hasattr(c, "props") else None
                    name = getattr(c, "function_name", None)
                    if isinstance(name, str) and name:
                        return name
                    if type(n) is Prop:
                        n = n.value
                    if isinstance(n, str) and n:
                        return n
                break
            p = p.proto
    except Exception:
        pass
    return "Object"


def get_method(v, key):
    """https://tc39.es/ecma262/#sec-getmethod"""
    f = get_v(v, key)
    if f is undefined or f is null:
        return undefined
    if not is_callable(f):
        throw_type_error("not_function", type_name_for_error(f))
    return f


def call(f, this, args=()):
    """https://tc39.es/ecma262/#sec-call"""
    if not is_callable(f):
        throw_type_error("not_function", type_name_for_error(f))
    return f.call(this, list(args))


def construct(f, args=(), new_target=None):
    """https://tc39.es/ecma262/#sec-construct"""
    if new_target is None:
        new_target = f
    return f.construct(list(args), new_target)


def invoke(v, key, args=()):
    f = get_v(v, key)
    return call(f, v, args)


def has_property(o, key):
    return o.has_property(key)


def has_own_property(o, key):
    return o.get_own_property(key) is not None


def create_data_property_or_throw(o, key, value):
    """https://tc39.es/ecma262/#sec-createdatapropertyorthrow"""
    if not o.create_data_property(key, value):
        if not o.is_extensible() and o.get_own_property(key) is None:
            throw_type_error("define_non_extensible", key_to_display(key))
        throw_type_error("define_prop", key_to_display(key))
    return True


def create_method_property(o, key, value):
    o.define_own_property(key, Descriptor(value, ABSENT, ABSENT, True, False, True))


def define_property_or_throw(o, key, desc):
    """https://tc39.es/ecma262/#sec-definepropertyorthrow, with V8's message
    for why [[DefineOwnProperty]] refused."""
    if type(o) is JSArray and key == "length" and type(desc.value) is float:
        # An array shrink stopped by a non-configurable element names it.
        shrinking = (o.length_writable and desc.value < o.get_length()
                     and desc.configurable is not True and desc.enumerable is not True)
        if o.define_own_property(key, desc):
            return True
        if shrinking and o.get_length() > desc.value:
            throw_type_error("delete_prop", str(o.get_length() - 1), no_side_effects_to_string(o))
        throw_type_error("define_prop", key)
    if o.define_own_property(key, desc):
        return True
    name = key_to_display(key)
    if is_proxy(o):
        throw_type_error(f"'defineProperty' on proxy: trap returned falsish for property '{name}'")
    if o.get_own_property(key) is None and (not o.is_extensible() or (
            type(o) is JSArray and not o.length_writable and is_array_index(key))):
        # (V8 says the same for an index past a read-only array length.)
        throw_type_error("define_non_extensible", name)
    throw_type_error("define_prop", name)


def delete_property_or_throw(o, key):
    if not o.delete(key):
        throw_type_error("delete_prop", key_to_display(key), no_side_effects_to_string(o))
    return True


def length_of_array_like(o):
    """https://tc39.es/ecma262/#sec-lengthofarraylike (an int)."""
    if type(o) is JSArray:
        return o.get_length()
    return to_length(o.get("length", o))


def create_list_from_array_like(o, element_types=None):
    if not isinstance(o, JSObject):
        throw_type_error("CreateListFromArrayLike called on non-object")
    if type(o) is JSArray and o.elements is not None and o.proto is _agent.current_realm().array_prototype:
        from .values import HOLE
        els = o.elements
        if HOLE not in els:
            return list(els)
    n = length_of_array_like(o)
    return [o.get(str(i), o) for i in range(n)]


def set_integrity_level(o, level):
    """https://tc39.es/ecma262/#sec-setintegritylevel"""
    if not o.prevent_extensions():
        return False
    keys = o.own_property_keys()
    if type(o) is JSArray:
        o.make_sparse()
    if level == "sealed":
        for k in keys:
            define_property_or_throw(o, k, Descriptor(configurable=False))
    else:
        for k in keys:
            cur = o.get_own_property(k)
            if cur is not None:
                if cur.accessor:
                    desc = Descriptor(configurable=False)
                else:
                    desc = Descriptor(configurable=False, writable=False)
                define_property_or_throw(o, k, desc)
    return True


def test_integrity_level(o, level):
    if o.is_extensible():
        return False
    for k in o.own_property_keys():
        cur = o.get_own_property(k)
        if cur is not None:
            if cur.configurable:
                return False
            if level == "frozen" and not cur.accessor and cur.writable:
                return False
    return True


def create_array_from_list(items):
    return JSArray(_agent.current_realm().array_prototype, list(items))


def ordinary_has_instance(c, o):
    """https://tc39.es/ecma262/#sec-ordinaryhasinstance"""
    if not is_callable(c):
        return False
    target = getattr(c, "bound_target", None)
    if target is not None:
        return instance_of(o, target)
    if not isinstance(o, JSObject):
        return False
    p = c.get("prototype", c)
    if not isinstance(p, JSObject):
        throw_type_error("Function has non-object prototype '" + to_string(p) + "' in instanceof check")
    while True:
        o = o.get_prototype_of()
        if o is None:
            return False
        if o is p:
            return True


def instance_of(v, target):
    """https://tc39.es/ecma262/#sec-instanceofoperator"""
    from .values import SYM_HAS_INSTANCE
    if not isinstance(target, JSObject):
        throw_type_error("instanceof_non_object")
    handler = get_method(target, SYM_HAS_INSTANCE)
    if handler is not undefined:
        return to_boolean(handler.call(target, [v]))
    if not is_callable(target):
        throw_type_error("instanceof_non_callable")
    return ordinary_has_instance(target, v)


def species_constructor(o, default):
    """https://tc39.es/ecma262/#sec-speciesconstructor"""
    c = o.get("constructor", o)
    if c is undefined:
        return default
    if not isinstance(c, JSObject):
        throw_type_error("object.constructor is not an object")
    s = c.get(SYM_SPECIES, c)
    if s is undefined or s is null:
        return default
    if is_constructor(s):
        return s
    throw_type_error("object.constructor[Symbol.species] is not a constructor")


def get_prototype_from_constructor(new_target, default_name):
    """https://tc39.es/ecma262/#sec-getprototypefromconstructor

    ``default_name`` is the realm attribute of the default prototype
    (e.g. 'object_prototype')."""
    proto = new_target.get("prototype", new_target)
    if not isinstance(proto, JSObject):
        realm = get_function_realm(new_target)
        proto = getattr(realm, default_name)
    return proto


def get_function_realm(f):
    realm = getattr(f, "realm", None)
    if realm is not None:
        return realm
    target = getattr(f, "bound_target", None)
    if target is not None:
        return get_function_realm(target)
    proxy_target = getattr(f, "proxy_target", None)
    if proxy_target is not None:
        return get_function_realm(proxy_target)
    return _agent.current_realm()


def ordinary_create_from_constructor(new_target, default_name, cls=JSObject):
    proto = get_prototype_from_constructor(new_target, default_name)
    return cls(proto)


def enumerable_own_properties(o, kind):
    """https://tc39.es/ecma262/#sec-enumerableownproperties; kind is 'key',
    'value' or 'key+value'."""
    out = []
    for k in o.own_property_keys():
        if type(k) is not str:
            continue
        desc = o.get_own_property(k)
        if desc is not None and desc.enumerable:
            if kind == "key":
                out.append(k)
            else:
                v = o.get(k, o)
                if kind == "value":
                    out.append(v)
                else:
                    out.append(create_array_from_list([k, v]))
    return out


def from_property_descriptor(desc):
    """https://tc39.es/ecma262/#sec-frompropertydescriptor (desc is a Prop)."""
    if desc is None:
        return undefined
    realm = _agent.current_realm()
    o = JSObject(realm.object_prototype)
    if desc.accessor:
        o.props["get"] = desc.getter
        o.props["set"] = desc.setter
    else:
        o.props["value"] = desc.value
        o.props["writable"] = desc.writable
    o.props["enumerable"] = desc.enumerable
    o.props["configurable"] = desc.configurable
    return o


def to_property_descriptor(obj):
    """https://tc39.es/ecma262/#sec-topropertydescriptor"""
    if not isinstance(obj, JSObject):
        throw_type_error("Property description must be an object: " + _display_value(obj))
    d = Descriptor()
    if obj.has_property("enumerable"):
        d.enumerable = to_boolean(obj.get("enumerable", obj))
    if obj.has_property("configurable"):
        d.configurable = to_boolean(obj.get("configurable", obj))
    if obj.has_property("value"):
        d.value = obj.get("value", obj)
    if obj.has_property("writable"):
        d.writable = to_boolean(obj.get("writable", obj))
    if obj.has_property("get"):
        g = obj.get("get", obj)
        if g is not undefined and not is_callable(g):
            throw_type_error("Getter must be a function: " + _display_value(g))
        d.get = g
    if obj.has_property("set"):
        s = obj.get("set", obj)
        if s is not undefined and not is_callable(s):
            throw_type_error("Setter must be a function: " + _display_value(s))
        d.set = s
    if (d.get is not ABSENT or d.set is not ABSENT) and (d.value is not ABSENT or d.writable is not ABSENT):
        throw_type_error("Invalid property descriptor. Cannot both specify accessors and a value or writable attribute, "
                         + _display_value(obj))
    return d


def _display_value(v):
    return no_side_effects_to_string(v)


def _get_data_property(o, key):
    """V8's JSReceiver::GetDataProperty: the value of a data property found
    on ``o`` or its prototypes, without running getters or proxy traps
    (undefined when the look-up meets either)."""
    while o is not None:
        if is_proxy(o):
            return undefined
        v = o.props.get(key)
        if v is not None:
            if type(v) is Prop:
                return undefined if v.accessor else v.value
            return v
        o = o.proto
    return undefined


def no_side_effects_to_string(v):
    """How V8 renders a value inside an error message
    (Object::NoSideEffectsToString): never runs user code.

    Strings print raw, symbols as ``Symbol(desc)``, functions as their
    source text, errors as ``Name: message``, objects whose ``toString`` is
    Object.prototype.toString as ``#<Constructor>``, anything else as
    ``[object Tag]``.
    """
    if not isinstance(v, JSObject):
        t = type(v)
        if t is str:
            return v
        if t is JSSymbol:
            return v.descriptive_string()
        return to_string(v)
    if v.is_callable and not is_proxy(v):
        from ..builtins.function import function_to_string
        return function_to_string(v)
    realm = _agent.current_realm()
    to_str = _get_data_property(v, "toString")
    if v.js_class == "Error" or to_str is realm.intrinsics.get("%Error.prototype.toString%"):
        name = _get_data_property(v, "name")
        msg = _get_data_property(v, "message")
        name = name if type(name) is str else "Error"
        msg = msg if type(msg) is str else ""
        if not name:
            return msg
        if not msg:
            return name
        return name + ": " + msg
    if is_proxy(v):
        return "#<Object>"
    if to_str is realm.intrinsics.get("%Object.prototype.toString%"):
        ctor = _get_data_property(v, "constructor")
        if isinstance(ctor, JSObject) and ctor.is_callable:
            name = getattr(ctor, "function_name", None)
            if type(name) is str and name:
                return "#<" + name + ">"
    tag = _get_data_property(v, SYM_TO_STRING_TAG)
    if type(tag) is not str:
        tag = v.js_class
    return "[object " + tag + "]"


def is_proxy(v):
    """Whether ``v`` is a Proxy exotic object (it has [[ProxyHandler]])."""
    return getattr(v, "proxy_handler", _NO_HANDLER) is not _NO_HANDLER


_NO_HANDLER = object()


# -- iterators -------------------------------------------------------------------


class IteratorRecord:
    """https://tc39.es/ecma262/#sec-iterator-records"""
    __slots__ = ("iterator", "next_method", "done")

    def __init__(self, iterator, next_method):
        self.iterator = iterator
        self.next_method = next_method
        self.done = False


def get_iterator(obj, kind="sync", what=None):
    """https://tc39.es/ecma262/#sec-getiterator"""
    if kind == "async":
        method = get_method(obj, SYM_ASYNC_ITERATOR)
        if method is undefined:
            sync = get_method(obj, SYM_ITERATOR)
            if sync is undefined:
                throw_type_error("not_async_iterable", what or type_name_for_error(obj))
            rec = get_iterator_from_method(obj, sync)
            return _agent.current_realm().create_async_from_sync_iterator(rec)
    else:
        if what is not None and (obj is undefined or obj is null):
            throw_type_error("not_iterable", what)
        method = get_method(obj, SYM_ITERATOR)
        if method is undefined:
            throw_type_error("not_iterable", what or _iter_display(obj))
    return get_iterator_from_method(obj, method)


def get_iterator_for_builtin(obj):
    """GetIterator(obj, sync) called by a builtin (Object.fromEntries, new
    Map(...), ...): V8 words the failure with the value's type and the
    property it could not read, as compiled code (which names the source
    expression instead) does not."""
    method = get_method(obj, SYM_ITERATOR)
    if method is undefined:
        throw_type_error(_iter_display(obj)
                         + " is not iterable (cannot read property Symbol(Symbol.iterator))")
    return get_iterator_from_method(obj, method)


def _iter_display(v):
    if isinstance(v, JSObject):
        if v.is_callable:
            return "function"
        return "object"
    if v is undefined:
        return "undefined"
    if v is null:
        return "object null"
    if type(v) is float:
        return "number " + number_to_string(v)
    if type(v) is bool:
        return "boolean " + ("true" if v else "false")
    if type(v) is int:
        return "bigint " + str(v)
    if type(v) is JSSymbol:
        return v.descriptive_string()
    return to_string(v)


def get_iterator_from_method(obj, method):
    iterator = call(method, obj)
    if not isinstance(iterator, JSObject):
        throw_type_error("Result of the Symbol.iterator method is not an object")
    next_method = iterator.get("next", iterator)
    return IteratorRecord(iterator, next_method)


def iterator_next(rec, value=ABSENT):
    args = [] if value is ABSENT else [value]
    if not is_callable(rec.next_method):
        throw_type_error("not_function", type_name_for_error(rec.next_method))
    result = rec.next_method.call(rec.iterator, args)
    if not isinstance(result, JSObject):
        throw_type_error("iterator_result_not_object", _display_value(result))
    return result


def iterator_complete(result):
    return to_boolean(result.get("done", result))


def iterator_value(result):
    return result.get("value", result)


def iterator_step_value(rec):
    """https://tc39.es/ecma262/#sec-iteratorstepvalue: the next value, or ABSENT when done."""
    try:
        result = iterator_next(rec)
        done = iterator_complete(result)
    except JSThrow:
        rec.done = True
        raise
    if done:
        rec.done = True
        return ABSENT
    try:
        return iterator_value(result)
    except JSThrow:
        rec.done = True
        raise


def iterator_close(rec, completion_exc=None):
    """https://tc39.es/ecma262/#sec-iteratorclose

    Called with ``completion_exc`` (a JSThrow) when closing because of a
    throw: errors from ``return`` are then ignored and the original is
    re-raised by the caller.
    """
    iterator = rec.iterator
    try:
        ret = get_method(iterator, "return")
        if ret is undefined:
            return
        result = ret.call(iterator, [])
    except JSThrow:
        if completion_exc is not None:
            return
        raise
    if completion_exc is None and not isinstance(result, JSObject):
        throw_type_error("iterator_result_not_object", _display_value(result))


def iterate_to_list(obj, what=None):
    """IteratorToList(GetIterator(obj)) with a fast path for plain arrays
    whose iteration protocol is untouched."""
    realm = _agent.current_realm()
    if type(obj) is JSArray and obj.elements is not None and realm.array_iteration_is_pristine(obj):
        from .values import HOLE
        return [undefined if v is HOLE else v for v in obj.elements]
    if type(obj) is str and realm.string_iteration_is_pristine():
        return list(iter_code_points(obj))
    rec = get_iterator(obj, "sync", what)
    out = []
    while True:
        v = iterator_step_value(rec)
        if v is ABSENT:
            return out
        out.append(v)


def iter_code_points(s):
    """Yield a JS string's code points as JS strings (pairs kept together)."""
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if "\ud800" <= c <= "\udbff" and i + 1 < n and "\udc00" <= s[i + 1] <= "\udfff":
            yield s[i:i + 2]
            i += 2
        else:
            yield c
            i += 1


def create_iter_result_object(value, done):
    realm = _agent.current_realm()
    o = JSObject(realm.object_prototype)
    o.props["value"] = value
    o.props["done"] = done
    return o

