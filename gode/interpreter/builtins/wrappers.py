"""Wrapper objects for primitives: Boolean, Number, String (an exotic object
with index properties), Symbol and BigInt objects.

https://tc39.es/ecma262/#sec-string-exotic-objects
"""

from ..runtime.values import JSSymbol
from ..runtime.objects import JSObject, Prop, array_index, ordered_keys, _DIGITS


class PrimitiveWrapper(JSObject):
    """An object with a [[BooleanData]]/[[NumberData]]/[[SymbolData]]/
    [[BigIntData]] slot, held in ``primitive_value``."""
    __slots__ = ("primitive_value",)

    def __init__(self, proto, value):
        JSObject.__init__(self, proto)
        self.primitive_value = value

    @property
    def js_class(self):
        t = type(self.primitive_value)
        if t is bool:
            return "Boolean"
        if t is float:
            return "Number"
        if t is int:
            return "BigInt"
        if t is JSSymbol:
            return "Symbol"
        return "Object"


class StringObject(JSObject):
    """https://tc39.es/ecma262/#sec-string-exotic-objects"""
    __slots__ = ("primitive_value",)
    js_class = "String"

    def __init__(self, proto, value):
        JSObject.__init__(self, proto)
        self.primitive_value = value

    def _string_prop(self, key):
        if type(key) is str:
            if key == "length":
                return Prop(float(len(self.primitive_value)), False, False, False)
            if key and key[0] in _DIGITS:
                i = array_index(key)
                if 0 <= i < len(self.primitive_value):
                    return Prop(self.primitive_value[i], False, True, False)
        return None

    def get_own_property(self, key):
        p = self._string_prop(key)
        if p is not None:
            return p
        return JSObject.get_own_property(self, key)

    def define_own_property(self, key, desc):
        p = self._string_prop(key)
        if p is not None:
            from ..runtime.objects import validate_and_apply_property_descriptor
            return validate_and_apply_property_descriptor(None, key, False, desc, p)
        return JSObject.define_own_property(self, key, desc)

    def get(self, key, receiver=None):
        p = self._string_prop(key)
        if p is not None:
            return p.value
        return JSObject.get(self, key, receiver)

    def set(self, key, value, receiver=None):
        if self._string_prop(key) is not None:
            return False
        return JSObject.set(self, key, value, receiver)

    def delete(self, key):
        if self._string_prop(key) is not None:
            return False
        return JSObject.delete(self, key)

    def own_property_keys(self):
        n = len(self.primitive_value)
        keys = [str(i) for i in range(n)]
        rest = ordered_keys(self.props)
        idx = [k for k in rest if type(k) is str and array_index(k) >= 0]
        other = [k for k in rest if not (type(k) is str and array_index(k) >= 0)]
        return keys + idx + ["length"] + other


def wrap_primitive(realm, v):
    if type(v) is str:
        return StringObject(realm.string_prototype, v)
    return PrimitiveWrapper(realm.prototype_for_primitive(v), v)


def this_primitive(this, py_type, what):
    """thisBooleanValue / thisNumberValue / ...: the primitive in ``this`` or
    a TypeError naming the method ``what``."""
    from ..runtime.errors import throw_type_error
    if type(this) is py_type:
        return this
    if isinstance(this, (PrimitiveWrapper, StringObject)) and type(this.primitive_value) is py_type:
        return this.primitive_value
    throw_type_error(f"{what} requires that 'this' be a {_TYPE_NAMES.get(py_type, 'value')}")


_TYPE_NAMES = {bool: "Boolean", float: "Number", str: "String", int: "BigInt", JSSymbol: "Symbol"}
