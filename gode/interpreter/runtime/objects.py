"""The object model: ordinary objects, property storage and arrays.

https://tc39.es/ecma262/#sec-ordinary-object-internal-methods-and-internal-slots

Storage (the fast path, as in goja's ``valueProperty``): ``obj.props`` is one
dict in insertion order mapping a property key (``str`` or ``JSSymbol``) to
either the value itself, for a data property whose attributes are all true,
or a :class:`Prop` for anything else (accessors, non-writable, hidden...).
JS values are never ``Prop`` instances, so ``type(v) is Prop`` tells them
apart.

The internal methods (``get_own_property``, ``define_own_property``,
``has_property``, ``get``, ``set``, ``delete``, ``own_property_keys``,
``get_prototype_of``, ``set_prototype_of``, ``is_extensible``,
``prevent_extensions``; ``call``/``construct`` for functions) are the only
way exotic objects differ.  Nothing outside this module and the exotic
object classes touches ``props`` directly, except builtin set-up code that
creates fresh properties (``define_builtin``).
"""

from .values import undefined, null, JSSymbol, HOLE, ABSENT
from .agent import call_from_runtime

__all__ = ["Prop", "Descriptor", "JSObject", "JSArray", "array_index", "is_array_index",
           "MAX_ARRAY_LENGTH"]

MAX_ARRAY_LENGTH = 4294967295
_DIGITS = frozenset("0123456789")


def array_index(key):
    """The array index a str key denotes, or -1 (https://tc39.es/ecma262/#array-index)."""
    if not key or key[0] not in _DIGITS:
        return -1
    if len(key) > 1 and key[0] == "0":
        return -1
    if not (key.isascii() and key.isdigit()):
        return -1
    i = int(key)
    return i if i < MAX_ARRAY_LENGTH else -1


def is_array_index(key):
    return type(key) is str and array_index(key) >= 0


class Prop:
    """A property with non-default attributes, or an accessor property."""
    __slots__ = ("value", "getter", "setter", "writable", "enumerable", "configurable",
                 "accessor")

    def __init__(self, value=undefined, writable=True, enumerable=True, configurable=True,
                 getter=None, setter=None, accessor=False):
        self.value = value
        self.writable = writable
        self.enumerable = enumerable
        self.configurable = configurable
        self.getter = getter      # JS function or undefined (accessors only)
        self.setter = setter
        self.accessor = accessor

    @staticmethod
    def accessor_prop(getter=undefined, setter=undefined, enumerable=False, configurable=True):
        return Prop(undefined, False, enumerable, configurable, getter, setter, True)

    def is_default(self):
        return (not self.accessor and self.writable and self.enumerable
                and self.configurable)

    def __repr__(self):
        if self.accessor:
            return f"Prop(get={self.getter!r}, set={self.setter!r}, e={self.enumerable}, c={self.configurable})"
        return f"Prop({self.value!r}, w={self.writable}, e={self.enumerable}, c={self.configurable})"


class Descriptor:
    """A Property Descriptor record (https://tc39.es/ecma262/#sec-property-descriptor-specification-type).

    Fields not present are ``ABSENT``.
    """
    __slots__ = ("value", "get", "set", "writable", "enumerable", "configurable")

    def __init__(self, value=ABSENT, get=ABSENT, set=ABSENT, writable=ABSENT,
                 enumerable=ABSENT, configurable=ABSENT):
        self.value = value
        self.get = get
        self.set = set
        self.writable = writable
        self.enumerable = enumerable
        self.configurable = configurable

    def is_accessor(self):
        return self.get is not ABSENT or self.set is not ABSENT

    def is_data(self):
        return self.value is not ABSENT or self.writable is not ABSENT

    def is_generic(self):
        return not self.is_accessor() and not self.is_data()

    @staticmethod
    def data(value, writable=True, enumerable=True, configurable=True):
        return Descriptor(value, ABSENT, ABSENT, writable, enumerable, configurable)

    @staticmethod
    def from_prop(p):
        if p.accessor:
            return Descriptor(ABSENT, p.getter, p.setter, ABSENT, p.enumerable, p.configurable)
        return Descriptor(p.value, ABSENT, ABSENT, p.writable, p.enumerable, p.configurable)


def _prop_from_descriptor(desc):
    """A fresh property from a descriptor, absent fields defaulting as in
    ValidateAndApplyPropertyDescriptor step 2."""
    enumerable = desc.enumerable is True
    configurable = desc.configurable is True
    if desc.is_accessor():
        return Prop(undefined, False, enumerable, configurable,
                    undefined if desc.get is ABSENT else desc.get,
                    undefined if desc.set is ABSENT else desc.set, True)
    value = undefined if desc.value is ABSENT else desc.value
    writable = desc.writable is True
    return Prop(value, writable, enumerable, configurable)


def _same_value(x, y):
    from .operators import same_value
    return same_value(x, y)


def validate_and_apply_property_descriptor(obj, key, extensible, desc, current):
    """https://tc39.es/ecma262/#sec-validateandapplypropertydescriptor

    ``current`` is the existing property as a Prop (or None).  When ``obj`` is
    not None the change is applied to ``obj.props``; returns whether allowed.
    """
    if current is None:
        if not extensible:
            return False
        if obj is not None:
            p = _prop_from_descriptor(desc)
            obj.props[key] = p.value if p.is_default() else p
        return True
    # Step 4: every field absent -> nothing to do.
    if not current.configurable:
        if desc.configurable is True:
            return False
        if desc.enumerable is not ABSENT and desc.enumerable != current.enumerable:
            return False
        if not desc.is_generic() and desc.is_accessor() != current.accessor:
            return False
        if current.accessor:
            if desc.get is not ABSENT and desc.get is not current.getter:
                return False
            if desc.set is not ABSENT and desc.set is not current.setter:
                return False
        elif not current.writable:
            if desc.writable is True:
                return False
            if desc.value is not ABSENT and not _same_value(desc.value, current.value):
                return False
    if obj is None:
        return True
    # Apply.
    if desc.is_accessor() and not current.accessor:
        p = Prop(undefined, False, current.enumerable, current.configurable,
                 undefined, undefined, True)
    elif desc.is_data() and current.accessor:
        p = Prop(undefined, False, current.enumerable, current.configurable)
    else:
        p = Prop(current.value, current.writable, current.enumerable, current.configurable,
                 current.getter, current.setter, current.accessor)
    if desc.value is not ABSENT:
        p.value = desc.value
    if desc.writable is not ABSENT:
        p.writable = desc.writable
    if desc.get is not ABSENT:
        p.getter = desc.get
    if desc.set is not ABSENT:
        p.setter = desc.set
    if desc.enumerable is not ABSENT:
        p.enumerable = desc.enumerable
    if desc.configurable is not ABSENT:
        p.configurable = desc.configurable
    obj.props[key] = p.value if p.is_default() else p
    return True


_WRITABLE = Prop(undefined)


def _call_getter(getter, receiver):
    if getter is undefined or getter is None:
        return undefined
    return call_from_runtime(getter, receiver, [])


class JSObject:
    """An ordinary object.  ``js_class`` names the kind for inspection and
    ``Object.prototype.toString`` (subclasses override it)."""

    __slots__ = ("proto", "props", "extensible", "__weakref__", "__dict__")
    js_class = "Object"
    is_callable = False
    is_constructor = False
    #: True only on %Object.prototype%, an immutable prototype exotic object
    #: (https://tc39.es/ecma262/#sec-immutable-prototype-exotic-objects).
    immutable_prototype = False

    def __init__(self, proto=None):
        self.proto = proto
        self.props = {}
        self.extensible = True

    def __repr__(self):
        return f"<{type(self).__name__} {self.js_class}>"

    # -- [[GetPrototypeOf]] / [[SetPrototypeOf]] / extensibility -------------

    def get_prototype_of(self):
        return self.proto

    def set_prototype_of(self, proto):
        """https://tc39.es/ecma262/#sec-ordinarysetprototypeof"""
        if proto is self.proto:
            return True
        if not self.extensible or self.immutable_prototype:
            return False
        p = proto
        while p is not None:
            if p is self:
                return False
            if type(p).get_prototype_of is not JSObject.get_prototype_of:
                break  # a Proxy: stop the loop check as the spec does
            p = p.proto
        self.proto = proto
        return True

    def is_extensible(self):
        return self.extensible

    def prevent_extensions(self):
        self.extensible = False
        return True

    # -- own properties ------------------------------------------------------

    def get_own_property(self, key):
        """[[GetOwnProperty]]: a Prop or None.  The Prop must not be mutated
        by callers (for default-attribute values it is a fresh copy)."""
        v = self.props.get(key)
        if v is None:
            return None
        if type(v) is Prop:
            return v
        return Prop(v)

    def define_own_property(self, key, desc):
        """[[DefineOwnProperty]] -> bool"""
        return validate_and_apply_property_descriptor(
            self, key, self.extensible, desc, self.get_own_property(key))

    def has_own_property(self, key):
        return self.get_own_property(key) is not None

    def has_property(self, key):
        o = self
        while o is not None:
            if type(o).has_property is not JSObject.has_property:
                return o.has_property(key)
            if o.get_own_property(key) is not None:
                return True
            o = o.get_prototype_of()
        return False

    def get(self, key, receiver=None):
        """[[Get]] (https://tc39.es/ecma262/#sec-ordinaryget)."""
        v = self.props.get(key)
        if v is None:
            p = self.proto
            if p is None:
                return undefined
            return p.get(key, self if receiver is None else receiver)
        if type(v) is Prop:
            if v.accessor:
                return _call_getter(v.getter, self if receiver is None else receiver)
            return v.value
        return v

    def set(self, key, value, receiver=None):
        """[[Set]] (https://tc39.es/ecma262/#sec-ordinaryset) -> bool"""
        if receiver is None or receiver is self:
            props = self.props
            v = props.get(key)
            if v is not None and type(v) is not Prop:
                props[key] = value
                return True
            receiver = self
        return ordinary_set(self, key, value, receiver)

    def delete(self, key):
        """[[Delete]] -> bool"""
        v = self.props.get(key)
        if v is None:
            return True
        if type(v) is Prop and not v.configurable:
            return False
        del self.props[key]
        return True

    def own_property_keys(self):
        """[[OwnPropertyKeys]]: array indices ascending, strings, symbols."""
        return ordered_keys(self.props)

    # -- helpers used by builtins (not internal methods) ----------------------

    def define_builtin(self, key, value, writable=True, enumerable=False, configurable=True):
        """Create or replace a data property without checks (set-up code only)."""
        if writable and enumerable and configurable:
            self.props[key] = value
        else:
            self.props[key] = Prop(value, writable, enumerable, configurable)

    def define_accessor(self, key, getter=undefined, setter=undefined, enumerable=False,
                        configurable=True):
        self.props[key] = Prop(undefined, False, enumerable, configurable, getter, setter, True)

    def create_data_property(self, key, value):
        """https://tc39.es/ecma262/#sec-createdataproperty"""
        return self.define_own_property(key, Descriptor(value, ABSENT, ABSENT, True, True, True))


def ordered_keys(props):
    keys = list(props)
    strs = []
    syms = None
    idx = None
    for k in keys:
        if type(k) is str:
            if k and k[0] in _DIGITS and array_index(k) >= 0:
                if idx is None:
                    idx = []
                idx.append(k)
            else:
                strs.append(k)
        else:
            if syms is None:
                syms = []
            syms.append(k)
    if idx is not None:
        idx.sort(key=int)
        strs = idx + strs
    if syms is not None:
        strs.extend(syms)
    return strs


def ordinary_set(obj, key, value, receiver):
    """OrdinarySet (https://tc39.es/ecma262/#sec-ordinaryset) -> bool"""
    own = obj.get_own_property(key)
    if own is None:
        parent = obj.get_prototype_of()
        if parent is not None:
            return parent.set(key, value, receiver)
        own = _WRITABLE
    if not own.accessor:
        if not own.writable:
            return False
        if not isinstance(receiver, JSObject):
            return False
        existing = receiver.get_own_property(key)
        if existing is not None:
            if existing.accessor or not existing.writable:
                return False
            return receiver.define_own_property(key, Descriptor(value=value))
        return receiver.define_own_property(key, Descriptor(value, ABSENT, ABSENT, True, True, True))
    setter = own.setter
    if setter is undefined or setter is None:
        return False
    call_from_runtime(setter, receiver, [value])
    return True


class JSArray(JSObject):
    """An Array exotic object (https://tc39.es/ecma262/#sec-array-exotic-objects).

    While it can, an array keeps its elements in the dense Python list
    ``elements`` (holes are ``HOLE``) and every element has default
    attributes.  A huge length, or an element with unusual attributes,
    switches it to the sparse form: ``elements`` is None, indices live in
    ``props`` as str keys and ``length`` holds the length.
    """

    __slots__ = ("elements", "length", "length_writable")
    js_class = "Array"

    #: A write this far past the end makes the array sparse rather than
    #: filling the gap with holes.
    SPARSE_GAP = 1 << 16

    def __init__(self, proto, elements=None):
        JSObject.__init__(self, proto)
        self.elements = [] if elements is None else elements
        self.length = 0
        self.length_writable = True

    # -- length --------------------------------------------------------------

    def get_length(self):
        els = self.elements
        return len(els) if els is not None else self.length

    def make_sparse(self):
        els = self.elements
        if els is None:
            return
        others = self.props
        self.props = {}
        for i, v in enumerate(els):
            if v is not HOLE:
                self.props[str(i)] = v
        self.props.update(others)
        self.length = len(els)
        self.elements = None
        # Empty the abandoned list: a builtin's fast loop still holding it
        # (Array.prototype.forEach whose callback froze the array, say) then
        # sees no elements and falls back to the generic path.
        els.clear()

    def set_length(self, new_len):
        """ArraySetLength on an already validated uint32 -> bool"""
        els = self.elements
        if els is not None:
            n = len(els)
            if new_len <= n:
                del els[new_len:]
                return True
            if new_len - n <= self.SPARSE_GAP:
                els.extend([HOLE] * (new_len - n))
                return True
            self.make_sparse()
        old = self.length
        if new_len >= old:
            self.length = new_len
            return True
        # Delete indices >= new_len, highest first; stop at a non-configurable one.
        doomed = sorted((i for i in (array_index(k) for k in self.props if type(k) is str)
                         if i >= new_len), reverse=True)
        for i in doomed:
            k = str(i)
            v = self.props[k]
            if type(v) is Prop and not v.configurable:
                self.length = i + 1
                return False
            del self.props[k]
        self.length = new_len
        return True

    # -- internal methods ----------------------------------------------------

    def get_own_property(self, key):
        if type(key) is str:
            if key == "length":
                return Prop(float(self.get_length()), self.length_writable, False, False)
            els = self.elements
            if els is not None and key and key[0] in _DIGITS:
                i = array_index(key)
                if i >= 0:
                    if i < len(els):
                        v = els[i]
                        if v is not HOLE:
                            return Prop(v)
                    return None
        return JSObject.get_own_property(self, key)

    def get(self, key, receiver=None):
        if type(key) is str:
            els = self.elements
            if key == "length":
                return float(len(els) if els is not None else self.length)
            if els is not None and key and key[0] in _DIGITS:
                i = array_index(key)
                if 0 <= i < len(els):
                    v = els[i]
                    if v is not HOLE:
                        return v
                if i >= 0:
                    p = self.proto
                    return undefined if p is None else p.get(key, self if receiver is None else receiver)
        return JSObject.get(self, key, receiver)

    def get_index(self, i):
        """Fast [[Get]] of integer index ``i`` (0 <= i)."""
        els = self.elements
        if els is not None and i < len(els):
            v = els[i]
            if v is not HOLE:
                return v
        return self.get(str(i), self)

    def set(self, key, value, receiver=None):
        if type(key) is str and (receiver is None or receiver is self):
            els = self.elements
            if els is not None and key and key[0] in _DIGITS:
                i = array_index(key)
                if i >= 0:
                    n = len(els)
                    if i < n and els[i] is not HOLE:
                        els[i] = value
                        return True
                    if self.extensible and self.length_writable and not self._proto_has_index(key):
                        if i == n:
                            els.append(value)
                            return True
                        if i < n:
                            els[i] = value
                            return True
                        if i - n <= self.SPARSE_GAP:
                            els.extend([HOLE] * (i - n))
                            els.append(value)
                            return True
        return JSObject.set(self, key, value, receiver)

    def _proto_has_index(self, key):
        """Whether an inherited index could intercept a write (a setter or a
        read-only property on Array.prototype or Object.prototype)."""
        p = self.proto
        while p is not None:
            if type(p) is not JSObject and type(p) is not JSArray:
                return True
            if key in p.props:
                return True
            if type(p) is JSArray and p.elements:
                return True
            p = p.proto
        return False

    def set_index(self, i, value):
        """Fast [[Set]] of integer index ``i`` with receiver self -> bool"""
        els = self.elements
        if els is not None and i < len(els) and els[i] is not HOLE:
            els[i] = value
            return True
        return self.set(str(i), value, self)

    def define_own_property(self, key, desc):
        """https://tc39.es/ecma262/#sec-array-exotic-objects-defineownproperty-p-desc"""
        if type(key) is str:
            if key == "length":
                return self._define_length(desc)
            i = array_index(key)
            if i >= 0:
                els = self.elements
                default = (desc.value is not ABSENT and desc.get is ABSENT and desc.set is ABSENT
                           and desc.writable is True and desc.enumerable is True
                           and desc.configurable is True)
                if els is not None:
                    n = len(els)
                    if i < n and els[i] is not HOLE and desc.is_data() and default:
                        els[i] = desc.value
                        return True
                    if default and self.extensible:
                        if i >= n and not self.length_writable:
                            return False
                        if i < n:
                            els[i] = desc.value
                            return True
                        if i - n <= self.SPARSE_GAP:
                            if i > n:
                                els.extend([HOLE] * (i - n))
                            els.append(desc.value)
                            return True
                    # Unusual attributes or a far index: sparse form.
                    if i >= n and (not self.extensible or not self.length_writable):
                        return False
                    self.make_sparse()
                if i >= self.length and not self.length_writable:
                    return False
                ok = JSObject.define_own_property(self, key, desc)
                if not ok:
                    return False
                if i >= self.length:
                    self.length = i + 1
                return True
        return JSObject.define_own_property(self, key, desc)

    def _define_length(self, desc):
        """https://tc39.es/ecma262/#sec-arraysetlength"""
        if desc.value is not ABSENT:
            v = desc.value
            if type(v) is not float or not (0 <= v <= MAX_ARRAY_LENGTH and v.is_integer()):
                # Steps 3-5: ToUint32 and ToNumber (both observable), then
                # the RangeError when they disagree.
                from .type_conversion import to_uint32, to_number
                from .errors import throw_range_error
                new_len = to_uint32(v)
                if new_len != to_number(v):
                    throw_range_error("invalid_array_length")
                desc = Descriptor(float(new_len), desc.get, desc.set, desc.writable,
                                  desc.enumerable, desc.configurable)
        if desc.value is ABSENT:
            current = Prop(float(self.get_length()), self.length_writable, False, False)
            if desc.configurable is True or desc.enumerable is True:
                return False
            if desc.is_accessor():
                return False
            if desc.writable is True and not self.length_writable:
                return False
            if desc.writable is False:
                self.length_writable = False
            return True
        new_len = desc.value
        if desc.configurable is True or desc.enumerable is True or desc.is_accessor():
            return False
        cur = self.get_length()
        if new_len == cur:
            if desc.writable is True and not self.length_writable:
                return False
            if desc.writable is False:
                self.length_writable = False
            return True
        if not self.length_writable:
            return False
        ok = self.set_length(int(new_len))
        if desc.writable is False:
            self.length_writable = False
        return ok

    def delete(self, key):
        if type(key) is str:
            if key == "length":
                return False
            els = self.elements
            if els is not None:
                i = array_index(key)
                if i >= 0:
                    if i < len(els):
                        els[i] = HOLE
                    return True
        return JSObject.delete(self, key)

    def own_property_keys(self):
        els = self.elements
        if els is None:
            keys = ordered_keys(self.props)
            # 'length' follows the indices.
            n = 0
            while n < len(keys) and type(keys[n]) is str and array_index(keys[n]) >= 0:
                n += 1
            keys.insert(n, "length")
            return keys
        out = [str(i) for i, v in enumerate(els) if v is not HOLE]
        out.append("length")
        out.extend(ordered_keys(self.props))
        return out

    def prevent_extensions(self):
        self.extensible = False
        return True

