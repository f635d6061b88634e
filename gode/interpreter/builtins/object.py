"""Object: the constructor, its static methods and Object.prototype.

Realm attributes: ``object_constructor`` (object_prototype is made by the
realm; this module marks it as an immutable prototype exotic object).
https://tc39.es/ecma262/#sec-object-objects

The static methods and prototype methods are installed in V8's property
order so that ``Object.getOwnPropertyNames(Object)`` matches node.
"""

from ..runtime.values import undefined, null, JSSymbol, ABSENT, HOLE, SYM_TO_STRING_TAG
from ..runtime.objects import JSObject, JSArray, Descriptor, Prop, ordered_keys
from ..runtime.errors import throw_type_error, JSThrow
from ..runtime.type_conversion import to_object, to_property_key, require_object_coercible
from ..runtime.operators import same_value, is_array
from ..runtime.object_operations import (
    ordinary_create_from_constructor, create_array_from_list, enumerable_own_properties,
    from_property_descriptor, to_property_descriptor, set_integrity_level,
    test_integrity_level, define_property_or_throw, create_data_property_or_throw, set_,
    invoke, is_callable, is_proxy, get_iterator_for_builtin, iterator_step_value,
    iterator_close, no_side_effects_to_string)
from .registry import Table, install, make_constructor, arg

statics = Table()
proto_methods = Table()

MAX_SAFE_INTEGER = 2 ** 53 - 1

#: Internal-slot kinds that Object.prototype.toString reports by name
#: (https://tc39.es/ecma262/#sec-object.prototype.tostring step 5-14);
#: "Array" and "Function" are decided by IsArray and [[Call]].
_BUILTIN_TAGS = frozenset(["Arguments", "Error", "Boolean", "Number", "String", "Date", "RegExp"])


# -- shared helpers --------------------------------------------------------------------


def proto_or_none(v):
    """A JS prototype value (object or null) as the object model stores it."""
    return None if v is null else v


def proto_to_js(p):
    """The object model's prototype (an object or None) as a JS value."""
    return null if p is None else p


def require_proto_value(proto):
    """The 'Object prototype may only be an Object or null' check."""
    if proto is not null and not isinstance(proto, JSObject):
        throw_type_error("proto_object_or_null", no_side_effects_to_string(proto))


def throw_set_prototype_failed(o):
    """The TypeError after [[SetPrototypeOf]] returned false, worded as V8
    words it for the reason the object refused."""
    if is_proxy(o):
        throw_type_error("'setPrototypeOf' on proxy: trap returned falsish for property 'undefined'")
    if o.immutable_prototype:
        throw_type_error("Immutable prototype object 'Object.prototype' cannot have their "
                         "prototype set")
    if not o.is_extensible():
        throw_type_error(no_side_effects_to_string(o) + " is not extensible")
    throw_type_error("cyclic_proto")


def object_define_properties(o, properties):
    """https://tc39.es/ecma262/#sec-objectdefineproperties"""
    props = to_object(properties)
    descriptors = []
    for key in props.own_property_keys():
        prop_desc = props.get_own_property(key)
        if prop_desc is not None and prop_desc.enumerable:
            desc_obj = props.get(key, props)
            descriptors.append((key, to_property_descriptor(desc_obj)))
    for key, desc in descriptors:
        define_property_or_throw(o, key, desc)
    return o


def enumerable_own(o, kind):
    """EnumerableOwnProperties with fast paths for ordinary objects and
    dense arrays (exactly the spec's observable steps: a getter that
    deletes a later property makes it skipped)."""
    t = type(o)
    if t is JSObject or (t is JSArray and o.elements is not None):
        out = []
        if t is JSArray:
            for i, v in enumerate(list(o.elements)):
                if v is HOLE:
                    continue
                if kind == "key":
                    out.append(str(i))
                elif kind == "value":
                    out.append(v)
                else:
                    out.append(create_array_from_list([str(i), v]))
        for k in ordered_keys(o.props):
            if type(k) is not str:
                continue
            # Re-read the storage: a getter may have changed it (or made
            # the array sparse, which replaces ``props``).
            p = o.props.get(k)
            if p is None:
                continue  # deleted by an earlier getter
            if type(p) is Prop:
                if not p.enumerable:
                    continue
                if kind == "key":
                    out.append(k)
                    continue
                v = p.value if not p.accessor else o.get(k, o)
            else:
                if kind == "key":
                    out.append(k)
                    continue
                v = p
            out.append(v if kind == "value" else create_array_from_list([k, v]))
        return out
    return enumerable_own_properties(o, kind)


# -- the constructor -------------------------------------------------------------------


def object_call(realm, this, args):
    """https://tc39.es/ecma262/#sec-object-value (called as a function)"""
    v = arg(args, 0)
    if v is undefined or v is null:
        return JSObject(realm.object_prototype)
    return to_object(v)


def object_construct(realm, args, new_target):
    """https://tc39.es/ecma262/#sec-object-value (step 1: subclassing)"""
    if new_target is not realm.object_constructor:
        return ordinary_create_from_constructor(new_target, "object_prototype")
    return object_call(realm, undefined, args)


# -- static methods (V8's order) ---------------------------------------------------------


@statics("assign", 2)
def object_assign(realm, this, args):
    """https://tc39.es/ecma262/#sec-object.assign"""
    to = to_object(arg(args, 0))
    for source in args[1:]:
        if source is undefined or source is null:
            continue
        frm = to_object(source)
        if type(frm) is JSObject:
            props = frm.props
            for key in ordered_keys(props):
                p = props.get(key)
                if p is None:
                    continue  # deleted by an earlier getter or setter
                if type(p) is Prop:
                    if not p.enumerable:
                        continue
                    v = p.value if not p.accessor else frm.get(key, frm)
                else:
                    v = p
                set_(to, key, v, True)
            continue
        for key in frm.own_property_keys():
            desc = frm.get_own_property(key)
            if desc is not None and desc.enumerable:
                set_(to, key, frm.get(key, frm), True)
    return to


@statics("getOwnPropertyDescriptor", 2)
def object_get_own_property_descriptor(realm, this, args):
    """https://tc39.es/ecma262/#sec-object.getownpropertydescriptor"""
    obj = to_object(arg(args, 0))
    key = to_property_key(arg(args, 1))
    return from_property_descriptor(obj.get_own_property(key))


@statics("getOwnPropertyDescriptors", 1)
def object_get_own_property_descriptors(realm, this, args):
    """https://tc39.es/ecma262/#sec-object.getownpropertydescriptors"""
    obj = to_object(arg(args, 0))
    descriptors = JSObject(realm.object_prototype)
    for key in obj.own_property_keys():
        desc = from_property_descriptor(obj.get_own_property(key))
        if desc is not undefined:
            create_data_property_or_throw(descriptors, key, desc)
    return descriptors


def get_own_property_keys(o, want_symbols):
    """https://tc39.es/ecma262/#sec-getownpropertykeys"""
    obj = to_object(o)
    keys = obj.own_property_keys()
    if want_symbols:
        return create_array_from_list([k for k in keys if type(k) is JSSymbol])
    return create_array_from_list([k for k in keys if type(k) is str])


@statics("getOwnPropertyNames", 1)
def object_get_own_property_names(realm, this, args):
    """https://tc39.es/ecma262/#sec-object.getownpropertynames"""
    return get_own_property_keys(arg(args, 0), False)


@statics("getOwnPropertySymbols", 1)
def object_get_own_property_symbols(realm, this, args):
    """https://tc39.es/ecma262/#sec-object.getownpropertysymbols"""
    return get_own_property_keys(arg(args, 0), True)


@statics("hasOwn", 2)
def object_has_own(realm, this, args):
    """https://tc39.es/ecma262/#sec-object.hasown"""
    obj = to_object(arg(args, 0))
    key = to_property_key(arg(args, 1))
    if type(obj) is JSObject:
        return key in obj.props
    return obj.get_own_property(key) is not None


@statics("is", 2)
def object_is(realm, this, args):
    """https://tc39.es/ecma262/#sec-object.is"""
    return same_value(arg(args, 0), arg(args, 1))


@statics("preventExtensions", 1)
def object_prevent_extensions(realm, this, args):
    """https://tc39.es/ecma262/#sec-object.preventextensions"""
    o = arg(args, 0)
    if not isinstance(o, JSObject):
        return o
    if not o.prevent_extensions():
        _throw_prevent_extensions_failed(o)
    return o


def _throw_prevent_extensions_failed(o):
    if is_proxy(o):
        throw_type_error("'preventExtensions' on proxy: trap returned falsish")
    throw_type_error("prevent_extensions_failed")


def _set_integrity_level_or_throw(o, level):
    if not set_integrity_level(o, level):
        _throw_prevent_extensions_failed(o)


@statics("seal", 1)
def object_seal(realm, this, args):
    """https://tc39.es/ecma262/#sec-object.seal"""
    o = arg(args, 0)
    if not isinstance(o, JSObject):
        return o
    _set_integrity_level_or_throw(o, "sealed")
    return o


@statics("create", 2)
def object_create(realm, this, args):
    """https://tc39.es/ecma262/#sec-object.create"""
    proto = arg(args, 0)
    require_proto_value(proto)
    obj = JSObject(proto_or_none(proto))
    properties = arg(args, 1)
    if properties is not undefined:
        object_define_properties(obj, properties)
    return obj


@statics("defineProperties", 2)
def object_define_properties_builtin(realm, this, args):
    """https://tc39.es/ecma262/#sec-object.defineproperties"""
    o = arg(args, 0)
    if not isinstance(o, JSObject):
        throw_type_error("called_on_non_object", "Object.defineProperties")
    return object_define_properties(o, arg(args, 1))


@statics("defineProperty", 3)
def object_define_property(realm, this, args):
    """https://tc39.es/ecma262/#sec-object.defineproperty"""
    o = arg(args, 0)
    if not isinstance(o, JSObject):
        throw_type_error("called_on_non_object", "Object.defineProperty")
    key = to_property_key(arg(args, 1))
    desc = to_property_descriptor(arg(args, 2))
    define_property_or_throw(o, key, desc)
    return o


@statics("freeze", 1)
def object_freeze(realm, this, args):
    """https://tc39.es/ecma262/#sec-object.freeze"""
    o = arg(args, 0)
    if not isinstance(o, JSObject):
        return o
    _set_integrity_level_or_throw(o, "frozen")
    return o


@statics("getPrototypeOf", 1)
def object_get_prototype_of(realm, this, args):
    """https://tc39.es/ecma262/#sec-object.getprototypeof"""
    return proto_to_js(to_object(arg(args, 0)).get_prototype_of())


@statics("setPrototypeOf", 2)
def object_set_prototype_of(realm, this, args):
    """https://tc39.es/ecma262/#sec-object.setprototypeof"""
    o = arg(args, 0)
    if o is undefined or o is null:
        throw_type_error("Object.setPrototypeOf called on null or undefined")
    proto = arg(args, 1)
    require_proto_value(proto)
    if not isinstance(o, JSObject):
        return o
    if not o.set_prototype_of(proto_or_none(proto)):
        throw_set_prototype_failed(o)
    return o


@statics("isExtensible", 1)
def object_is_extensible(realm, this, args):
    """https://tc39.es/ecma262/#sec-object.isextensible"""
    o = arg(args, 0)
    return isinstance(o, JSObject) and o.is_extensible()


@statics("isFrozen", 1)
def object_is_frozen(realm, this, args):
    """https://tc39.es/ecma262/#sec-object.isfrozen"""
    o = arg(args, 0)
    return not isinstance(o, JSObject) or test_integrity_level(o, "frozen")


@statics("isSealed", 1)
def object_is_sealed(realm, this, args):
    """https://tc39.es/ecma262/#sec-object.issealed"""
    o = arg(args, 0)
    return not isinstance(o, JSObject) or test_integrity_level(o, "sealed")


@statics("keys", 1)
def object_keys(realm, this, args):
    """https://tc39.es/ecma262/#sec-object.keys"""
    return create_array_from_list(enumerable_own(to_object(arg(args, 0)), "key"))


@statics("entries", 1)
def object_entries(realm, this, args):
    """https://tc39.es/ecma262/#sec-object.entries"""
    return create_array_from_list(enumerable_own(to_object(arg(args, 0)), "key+value"))


@statics("fromEntries", 1)
def object_from_entries(realm, this, args):
    """https://tc39.es/ecma262/#sec-object.fromentries"""
    iterable = arg(args, 0)
    if iterable is undefined or iterable is null:
        # RequireObjectCoercible, in V8's words.
        throw_type_error("not_iterable", "undefined")
    obj = JSObject(realm.object_prototype)
    # AddEntriesFromIterable (https://tc39.es/ecma262/#sec-add-entries-from-iterable)
    rec = get_iterator_for_builtin(iterable)
    while True:
        entry = iterator_step_value(rec)
        if entry is ABSENT:
            return obj
        try:
            if not isinstance(entry, JSObject):
                throw_type_error("Iterator value " + no_side_effects_to_string(entry)
                                 + " is not an entry object")
            k = entry.get("0", entry)
            v = entry.get("1", entry)
            create_data_property_or_throw(obj, to_property_key(k), v)
        except JSThrow as exc:
            iterator_close(rec, exc)
            raise


@statics("values", 1)
def object_values(realm, this, args):
    """https://tc39.es/ecma262/#sec-object.values"""
    return create_array_from_list(enumerable_own(to_object(arg(args, 0)), "value"))


@statics("groupBy", 2)
def object_group_by(realm, this, args):
    """https://tc39.es/ecma262/#sec-object.groupby (ES2024; node 21+)."""
    groups = group_by(arg(args, 0), arg(args, 1), _property_group_key)
    obj = JSObject(None)
    for key, elements in groups:
        create_data_property_or_throw(obj, key, create_array_from_list(elements))
    return obj


def _property_group_key(key):
    key = to_property_key(key)
    return key, key


def group_by(items, callback, coerce_key):
    """https://tc39.es/ecma262/#sec-groupby: the groups as a list of
    (key, elements) in first-seen order.

    ``coerce_key(v)`` returns (hashable identity, JS key) for the callback's
    result: ToPropertyKey for Object.groupBy; Map.groupBy passes its own
    SameValueZero normalization (-0 to +0)."""
    require_object_coercible(items)
    if not is_callable(callback):
        throw_type_error("not_function", no_side_effects_to_string(callback))
    index = {}
    groups = []
    rec = get_iterator_for_builtin(items)
    k = 0
    while True:
        if k >= MAX_SAFE_INTEGER:
            try:
                throw_type_error("Too many elements passed to groupBy")
            except JSThrow as exc:
                iterator_close(rec, exc)
                raise
        value = iterator_step_value(rec)
        if value is ABSENT:
            return groups
        try:
            identity, key = coerce_key(callback.call(undefined, [value, float(k)]))
        except JSThrow as exc:
            iterator_close(rec, exc)
            raise
        bucket = index.get(identity)
        if bucket is None:
            bucket = index[identity] = []
            groups.append((key, bucket))
        bucket.append(value)
        k += 1


# -- Object.prototype ------------------------------------------------------------------


@proto_methods("__defineGetter__", 2)
def object_proto_define_getter(realm, this, args):
    """https://tc39.es/ecma262/#sec-object.prototype.__defineGetter__"""
    o = to_object(this)
    getter = arg(args, 1)
    if not is_callable(getter):
        throw_type_error("Object.prototype.__defineGetter__: Expecting function")
    key = to_property_key(arg(args, 0))
    define_property_or_throw(o, key, Descriptor(get=getter, enumerable=True, configurable=True))
    return undefined


@proto_methods("__defineSetter__", 2)
def object_proto_define_setter(realm, this, args):
    """https://tc39.es/ecma262/#sec-object.prototype.__defineSetter__"""
    o = to_object(this)
    setter = arg(args, 1)
    if not is_callable(setter):
        throw_type_error("Object.prototype.__defineSetter__: Expecting function")
    key = to_property_key(arg(args, 0))
    define_property_or_throw(o, key, Descriptor(set=setter, enumerable=True, configurable=True))
    return undefined


@proto_methods("hasOwnProperty", 1)
def object_proto_has_own_property(realm, this, args):
    """https://tc39.es/ecma262/#sec-object.prototype.hasownproperty"""
    key = to_property_key(arg(args, 0))
    o = to_object(this)
    if type(o) is JSObject:
        return key in o.props  # ordinary storage: no Prop needs building
    return o.get_own_property(key) is not None


def _lookup_accessor(this, args, getter):
    o = to_object(this)
    key = to_property_key(arg(args, 0))
    while o is not None:
        desc = o.get_own_property(key)
        if desc is not None:
            if desc.accessor:
                return desc.getter if getter else desc.setter
            return undefined
        o = o.get_prototype_of()
    return undefined


@proto_methods("__lookupGetter__", 1)
def object_proto_lookup_getter(realm, this, args):
    """https://tc39.es/ecma262/#sec-object.prototype.__lookupGetter__"""
    return _lookup_accessor(this, args, True)


@proto_methods("__lookupSetter__", 1)
def object_proto_lookup_setter(realm, this, args):
    """https://tc39.es/ecma262/#sec-object.prototype.__lookupSetter__"""
    return _lookup_accessor(this, args, False)


@proto_methods("isPrototypeOf", 1)
def object_proto_is_prototype_of(realm, this, args):
    """https://tc39.es/ecma262/#sec-object.prototype.isprototypeof"""
    v = arg(args, 0)
    if not isinstance(v, JSObject):
        return False
    o = to_object(this)
    while True:
        v = v.get_prototype_of()
        if v is None:
            return False
        if v is o:
            return True


@proto_methods("propertyIsEnumerable", 1)
def object_proto_property_is_enumerable(realm, this, args):
    """https://tc39.es/ecma262/#sec-object.prototype.propertyisenumerable"""
    key = to_property_key(arg(args, 0))
    desc = to_object(this).get_own_property(key)
    return desc is not None and desc.enumerable


@proto_methods("toString", 0)
def object_proto_to_string(realm, this, args):
    """https://tc39.es/ecma262/#sec-object.prototype.tostring"""
    if this is undefined:
        return "[object Undefined]"
    if this is null:
        return "[object Null]"
    o = to_object(this)
    p = o
    while is_proxy(p):
        # V8 names this method, not IsArray, when the proxy is revoked.
        if p.proxy_handler is None or p.proxy_handler is null:
            throw_type_error("Cannot perform 'Object.prototype.toString' on a proxy that has "
                             "been revoked")
        p = p.proxy_target
    if is_array(o):
        builtin_tag = "Array"
    elif o.is_callable:
        builtin_tag = "Function"
    elif is_proxy(o):
        builtin_tag = "Object"  # a proxy has none of the internal slots below
    else:
        builtin_tag = o.js_class
        if builtin_tag not in _BUILTIN_TAGS:
            builtin_tag = "Object"
    tag = o.get(SYM_TO_STRING_TAG, o)
    if type(tag) is not str:
        tag = builtin_tag
    return "[object " + tag + "]"


@proto_methods("valueOf", 0)
def object_proto_value_of(realm, this, args):
    """https://tc39.es/ecma262/#sec-object.prototype.valueof"""
    return to_object(this)


@proto_methods(("get", "__proto__"), 0)
def object_proto_get_proto(realm, this, args):
    """https://tc39.es/ecma262/#sec-get-object.prototype.__proto__"""
    return proto_to_js(to_object(this).get_prototype_of())


@proto_methods(("set", "__proto__"), 1)
def object_proto_set_proto(realm, this, args):
    """https://tc39.es/ecma262/#sec-set-object.prototype.__proto__"""
    if this is undefined or this is null:
        throw_type_error("set Object.prototype.__proto__ called on null or undefined")
    proto = arg(args, 0)
    if proto is not null and not isinstance(proto, JSObject):
        return undefined
    if not isinstance(this, JSObject):
        return undefined
    if not this.set_prototype_of(proto_or_none(proto)):
        throw_set_prototype_failed(this)
    return undefined


@proto_methods("toLocaleString", 0)
def object_proto_to_locale_string(realm, this, args):
    """https://tc39.es/ecma262/#sec-object.prototype.tolocalestring"""
    if this is undefined or this is null:
        throw_type_error("Object.prototype.toLocaleString called on null or undefined")
    return invoke(this, "toString")


def setup(realm):
    realm.object_prototype.immutable_prototype = True
    c = make_constructor(realm, "Object", 1, object_call, object_construct, realm.object_prototype)
    realm.object_constructor = c
    install(realm, c, statics)
    install(realm, realm.object_prototype, proto_methods)
    realm.define_global("Object", c)
    realm.register("%Object%", c)
    realm.register("%Object.prototype%", realm.object_prototype)
    realm.register("%Object.prototype.toString%",
                   realm.object_prototype.props["toString"].value)
