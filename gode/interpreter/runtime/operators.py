"""The semantics of JS operators on values: equality, relational comparison,
arithmetic with exact IEEE/BigInt behaviour, ``typeof``, ``in``.

https://tc39.es/ecma262/#sec-ecmascript-language-expressions
The compiler inlines the float/float fast paths and calls these for the rest.
"""

import math

from .values import undefined, null, JSSymbol, NAN, INF, SYM_MATCH, type_of_primitive
from .objects import JSObject
from .errors import throw_type_error, throw_range_error
from .ieee754 import pow as _ieee754_pow
from .type_conversion import (to_primitive, to_number, to_numeric, to_string, to_int32,
                              to_uint32, to_property_key, string_to_big_int, number_to_string)

# -- equality ---------------------------------------------------------------------


def same_value(x, y):
    """https://tc39.es/ecma262/#sec-samevalue"""
    if type(x) is float and type(y) is float:
        if x != x:
            return y != y
        if x == 0 and y == 0:
            return math.copysign(1, x) == math.copysign(1, y)
        return x == y
    return is_strictly_equal(x, y)


def is_array(v):
    """https://tc39.es/ecma262/#sec-isarray

    A Proxy (an object with ``proxy_target``/``proxy_handler`` attributes, as
    object_operations.is_proxy tests) is an array when its target is; a
    revoked one throws.
    """
    from .objects import JSArray
    if isinstance(v, JSArray):
        return True
    if not isinstance(v, JSObject):
        return False
    handler = getattr(v, "proxy_handler", _NOT_PROXY)
    if handler is _NOT_PROXY:
        return False
    target = getattr(v, "proxy_target", None)
    if handler is None or target is None:
        throw_type_error("Cannot perform 'IsArray' on a proxy that has been revoked")
    return is_array(target)


_NOT_PROXY = object()


def is_reg_exp(v):
    """https://tc39.es/ecma262/#sec-isregexp

    An object with a [[RegExpMatcher]] slot is recognised by its
    ``js_class`` being "RegExp"."""
    if not isinstance(v, JSObject):
        return False
    matcher = v.get(SYM_MATCH, v)
    if matcher is not undefined:
        from .type_conversion import to_boolean
        return to_boolean(matcher)
    return v.js_class == "RegExp"


def same_value_zero(x, y):
    if type(x) is float and type(y) is float and x != x:
        return y != y
    return is_strictly_equal(x, y)


def is_strictly_equal(x, y):
    """https://tc39.es/ecma262/#sec-isstrictlyequal"""
    tx = type(x)
    if tx is float:
        return type(y) is float and x == y
    if tx is str:
        return type(y) is str and x == y
    if tx is bool:
        return type(y) is bool and x == y
    if tx is int:
        return type(y) is int and x == y
    return x is y


def is_loosely_equal(x, y):
    """https://tc39.es/ecma262/#sec-islooselyequal"""
    tx, ty = type(x), type(y)
    if tx is ty or (isinstance(x, JSObject) and isinstance(y, JSObject)):
        return is_strictly_equal(x, y)
    x_nullish = x is undefined or x is null
    y_nullish = y is undefined or y is null
    if x_nullish or y_nullish:
        return x_nullish and y_nullish
    if tx is float and ty is str:
        return x == to_number(y)
    if tx is str and ty is float:
        return to_number(x) == y
    if tx is int and ty is str:
        n = string_to_big_int(y)
        return n is not None and x == n
    if tx is str and ty is int:
        return is_loosely_equal(y, x)
    if tx is bool:
        return is_loosely_equal(1.0 if x else 0.0, y)
    if ty is bool:
        return is_loosely_equal(x, 1.0 if y else 0.0)
    if tx in (float, str, int, JSSymbol) and isinstance(y, JSObject):
        return is_loosely_equal(x, to_primitive(y))
    if isinstance(x, JSObject) and ty in (float, str, int, JSSymbol):
        return is_loosely_equal(to_primitive(x), y)
    if (tx is int and ty is float) or (tx is float and ty is int):
        a, b = (x, y) if tx is float else (y, x)   # a float, b int
        if a != a or a in (INF, -INF):
            return False
        return a == b
    return False


# -- relational -------------------------------------------------------------------


def is_less_than(x, y, left_first=True):
    """https://tc39.es/ecma262/#sec-islessthan: True, False or None (undefined)."""
    if left_first:
        px = to_primitive(x, "number")
        py = to_primitive(y, "number")
    else:
        py = to_primitive(y, "number")
        px = to_primitive(x, "number")
    if type(px) is str and type(py) is str:
        return px < py
    if type(px) is int and type(py) is str:
        ny = string_to_big_int(py)
        return None if ny is None else px < ny
    if type(px) is str and type(py) is int:
        nx = string_to_big_int(px)
        return None if nx is None else nx < py
    nx = to_numeric(px)
    ny = to_numeric(py)
    if type(nx) is type(ny):
        if type(nx) is float and (nx != nx or ny != ny):
            return None
        return nx < ny
    # One BigInt and one Number.
    if type(nx) is float:
        if nx != nx:
            return None
        if nx in (INF, -INF):
            return nx == -INF
        return nx < ny if nx.is_integer() else math.floor(nx) < ny
    if ny != ny:
        return None
    if ny in (INF, -INF):
        return ny == INF
    return nx < ny if ny.is_integer() else nx <= math.floor(ny)


def op_lt(a, b):
    r = is_less_than(a, b, True)
    return r is True


def op_gt(a, b):
    r = is_less_than(b, a, False)
    return r is True


def op_le(a, b):
    r = is_less_than(b, a, False)
    return r is False


def op_ge(a, b):
    r = is_less_than(a, b, True)
    return r is False


# -- arithmetic -------------------------------------------------------------------


def op_add(a, b):
    """https://tc39.es/ecma262/#sec-applystringornumericbinaryoperator for +"""
    ta, tb = type(a), type(b)
    if ta is float and tb is float:
        return a + b
    if ta is str and tb is str:
        return a + b
    pa = to_primitive(a) if isinstance(a, JSObject) else a
    pb = to_primitive(b) if isinstance(b, JSObject) else b
    if type(pa) is str or type(pb) is str:
        return (pa if type(pa) is str else to_string(pa)) + (pb if type(pb) is str else to_string(pb))
    return _numeric_op("+", pa, pb)


def _numeric_pair(a, b):
    na = to_numeric(a)
    nb = to_numeric(b)
    if type(na) is not type(nb):
        throw_type_error("bigint_mix")
    return na, nb


def _numeric_op(op, a, b):
    na, nb = _numeric_pair(a, b)
    if type(na) is int:
        return BIGINT_OPS[op](na, nb)
    return NUMBER_OPS[op](na, nb)


def js_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        if a != a or a == 0:
            return NAN
        neg = (a < 0) != (math.copysign(1, b) < 0)
        return -INF if neg else INF


def js_mod(a, b):
    """Number::remainder: the sign of the dividend (C fmod)."""
    if b == 0 or a != a or b != b or a in (INF, -INF):
        return NAN
    if b in (INF, -INF):
        return a
    if a == 0:
        return a
    r = math.fmod(a, b)
    if r == 0:
        return math.copysign(0.0, a)
    return r


def js_pow(base, exponent):
    """Number::exponentiate (https://tc39.es/ecma262/#sec-numeric-types-number-exponentiate).

    V8 computes it with fdlibm's pow (see ieee754.py), which is not always
    correctly rounded: ``1.1 ** 3`` must print node's digits, so math.pow
    (the C library's) is not used.
    """
    return _ieee754_pow(base, exponent)


def js_sub(a, b):
    return a - b


def js_mul(a, b):
    return a * b


def _big_div(a, b):
    if b == 0:
        throw_range_error("bigint_division_by_zero")
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b >= 0) else -q


def _big_mod(a, b):
    if b == 0:
        throw_range_error("bigint_division_by_zero")
    r = abs(a) % abs(b)
    return r if a >= 0 else -r


def _big_pow(a, b):
    if b < 0:
        throw_range_error("bigint_negative_exponent")
    if b > 1_000_000 and abs(a) > 1:
        throw_range_error("Maximum BigInt size exceeded")
    return a ** b


def _big_shl(a, b):
    if b > 1 << 30:
        throw_range_error("Maximum BigInt size exceeded")
    return a << b if b >= 0 else a >> -b


def _big_sar(a, b):
    return a >> b if b >= 0 else _big_shl(a, -b)


def _big_shr(a, b):
    throw_type_error("bigint_no_unsigned_shift")


def _num_shl(a, b):
    r = (to_int32(a) << (to_uint32(b) & 31)) & 0xFFFFFFFF
    return float(r - 0x100000000 if r >= 0x80000000 else r)


def _num_sar(a, b):
    return float(to_int32(a) >> (to_uint32(b) & 31))


def _num_shr(a, b):
    return float(to_uint32(a) >> (to_uint32(b) & 31))


def _int32(r):
    r &= 0xFFFFFFFF
    return float(r - 0x100000000 if r >= 0x80000000 else r)


NUMBER_OPS = {
    "+": lambda a, b: a + b,
    "-": js_sub,
    "*": js_mul,
    "/": js_div,
    "%": js_mod,
    "**": js_pow,
    "<<": _num_shl,
    ">>": _num_sar,
    ">>>": _num_shr,
    "&": lambda a, b: _int32(to_int32(a) & to_int32(b)),
    "|": lambda a, b: _int32(to_int32(a) | to_int32(b)),
    "^": lambda a, b: _int32(to_int32(a) ^ to_int32(b)),
}

BIGINT_OPS = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": _big_div,
    "%": _big_mod,
    "**": _big_pow,
    "<<": _big_shl,
    ">>": _big_sar,
    ">>>": _big_shr,
    "&": lambda a, b: a & b,
    "|": lambda a, b: a | b,
    "^": lambda a, b: a ^ b,
}


def make_numeric_operator(op):
    """A Python function for binary ``op`` (not +) on any two JS values."""
    num = NUMBER_OPS[op]
    big = BIGINT_OPS[op]

    def apply(a, b):
        if type(a) is float and type(b) is float:
            return num(a, b)
        na, nb = _numeric_pair(a, b)
        if type(na) is int:
            return big(na, nb)
        return num(na, nb)
    apply.__name__ = "op_" + op
    return apply


def op_negate(v):
    n = to_numeric(v)
    return -n


def op_bitwise_not(v):
    n = to_numeric(v)
    if type(n) is int:
        return ~n
    return float(~to_int32(n))


def op_plus(v):
    return to_number(v)


def op_increment(n):
    """old numeric value -> new value for ++ (n already ToNumeric'd)."""
    return n + 1 if type(n) is int else n + 1.0


def op_typeof(v):
    t = type_of_primitive(v)
    if t is not None:
        return t
    return "function" if v.is_callable else "object"


def op_in(key, obj):
    if not isinstance(obj, JSObject):
        throw_type_error("in_non_object", to_string(key) if type(key) is not JSSymbol
                         else key.descriptive_string(), _in_display(obj))
    return obj.has_property(to_property_key(key))


def _in_display(v):
    if type(v) is str:
        return v
    if type(v) is JSSymbol:
        return v.descriptive_string()
    return to_string(v)
