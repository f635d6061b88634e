"""Type conversion abstract operations (https://tc39.es/ecma262/#sec-type-conversion).

to_primitive, to_boolean, to_number, to_numeric, to_string, to_object,
to_property_key, the integer conversions (to_int32 ...) and the Number <->
String conversions (number_to_string, string_to_number).
"""

import math
import re

from .values import (undefined, null, JSSymbol, NAN, INF, SYM_TO_PRIMITIVE)
from .errors import throw_type_error, throw_range_error, throw_syntax_error
from .objects import JSObject
from . import agent as _agent

# -- Number -> String ---------------------------------------------------------


def number_to_string(x):
    """Number::toString(x) with radix 10 (https://tc39.es/ecma262/#sec-numeric-types-number-tostring).

    Python's ``repr`` already yields the shortest round-tripping digits; this
    only re-lays them out by the spec's rules.
    """
    if x != x:
        return "NaN"
    if x == 0:
        return "0"
    if x == INF:
        return "Infinity"
    if x == -INF:
        return "-Infinity"
    if x.is_integer() and -9007199254740992.0 <= x <= 9007199254740992.0:
        # Exact integers: every digit is significant, so int() is the shortest form.
        return str(int(x))
    sign = "-" if x < 0 else ""
    digits, e = shortest_digits(abs(x))
    n = e + 1  # value = 0.digits * 10**n
    k = len(digits)
    if k <= n <= 21:
        return sign + digits + "0" * (n - k)
    if 0 < n <= 21:
        return sign + digits[:n] + "." + digits[n:]
    if -6 < n <= 0:
        return sign + "0." + "0" * (-n) + digits
    e = n - 1
    es = ("+" if e >= 0 else "-") + str(abs(e))
    if k == 1:
        return sign + digits + "e" + es
    return sign + digits[0] + "." + digits[1:] + "e" + es


def shortest_digits(x):
    """(digit string, e) of the shortest round-tripping decimal for positive
    finite x (Python's repr finds it): x == d1.d2d3... * 10**e."""
    r = repr(x)
    if "e" in r:
        mant, exp = r.split("e")
        exp = int(exp)
    else:
        mant, exp = r, 0
    if "." in mant:
        ip, fp = mant.split(".")
    else:
        ip, fp = mant, ""
    all_digits = ip + fp
    stripped = all_digits.lstrip("0")
    lead_zeros = len(all_digits) - len(stripped)
    return stripped.rstrip("0") or "0", len(ip) - 1 + exp - lead_zeros


_RADIX_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def number_to_string_radix(x, radix):
    """Number::toString(x, radix) for radix != 10, digit for digit as V8's
    DoubleToRadixCString prints it: fraction digits until the value is
    uniquely identified (rounding the last one to even), and for integer
    parts of 2**53 and above, zeros in the digits a double cannot represent.
    """
    if x != x:
        return "NaN"
    if x == INF:
        return "Infinity"
    if x == -INF:
        return "-Infinity"
    if x == 0:
        return "0"
    negative = x < 0
    if negative:
        x = -x
    integer = math.floor(x)
    fraction = x - integer
    # delta: half the distance to the next double, the precision we must keep.
    delta = 0.5 * (math.nextafter(x, INF) - x)
    delta = max(math.nextafter(0.0, 1.0), delta)
    frac_digits = []
    if fraction >= delta:
        while True:
            fraction *= radix
            delta *= radix
            digit = int(fraction)
            frac_digits.append(digit)
            fraction -= digit
            # Round to even.
            if fraction > 0.5 or (fraction == 0.5 and (digit & 1)):
                if fraction + delta > 1:
                    # Round up, propagating the carry through written digits.
                    while True:
                        if not frac_digits:
                            integer += 1
                            break
                        last = frac_digits.pop() + 1
                        if last < radix:
                            frac_digits.append(last)
                            break
                    break
            if fraction < delta:
                break
    # Integer digits, in double arithmetic as V8 computes them: digits below
    # the precision of a double come out as zeros.
    out = []
    while integer / radix >= 9007199254740992.0:
        integer /= radix
        out.append("0")
    while True:
        remainder = math.fmod(integer, radix)
        out.append(_RADIX_DIGITS[int(remainder)])
        integer = (integer - remainder) / radix
        if integer <= 0:
            break
    s = "".join(reversed(out))
    if frac_digits:
        s += "." + "".join(_RADIX_DIGITS[d] for d in frac_digits)
    return "-" + s if negative else s


# -- BigInt -> String ---------------------------------------------------------

#: Below this many bits Python's own int -> str conversion is used directly
#: (its sys.int_info.default_max_str_digits limit is 4300 digits).
_SMALL_BIGINT_BITS = 8192


def bigint_to_string(n, radix=10):
    """BigInt::toString(x, radix) (https://tc39.es/ecma262/#sec-numeric-types-bigint-tostring).

    Any size: Python refuses str() of ints over 4300 decimal digits, so big
    values are split in halves by a power of the radix (divide and conquer,
    which is also faster than digit-by-digit division)."""
    if n < 0:
        return "-" + _bigint_digits(-n, radix)
    return _bigint_digits(n, radix)


def _bigint_digits(n, radix):
    if radix == 16:
        return format(n, "x")
    if radix == 2:
        return format(n, "b")
    if radix == 8:
        return format(n, "o")
    bits = n.bit_length()
    if bits < _SMALL_BIGINT_BITS:
        if radix == 10:
            return str(n)
        if n == 0:
            return "0"
        out = []
        while n:
            n, d = divmod(n, radix)
            out.append(_RADIX_DIGITS[d])
        return "".join(reversed(out))
    # Digits of n in this radix are about bits / log2(radix); split in two.
    half = max(1, int(bits / math.log2(radix)) // 2)
    hi, lo = divmod(n, radix ** half)
    return _bigint_digits(hi, radix) + _bigint_digits(lo, radix).rjust(half, "0")


# -- String -> Number ---------------------------------------------------------

#: WhiteSpace and LineTerminator code points (https://tc39.es/ecma262/#sec-white-space).
JS_WHITESPACE = ("\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
                 "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff")

_DECIMAL = re.compile(r"[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|Infinity)\Z", re.ASCII)
_NON_DECIMAL = re.compile(r"0(?:[xX][0-9a-fA-F]+|[oO][0-7]+|[bB][01]+)\Z")


def string_to_number(s):
    """https://tc39.es/ecma262/#sec-stringtonumber"""
    s = s.strip(JS_WHITESPACE)
    if not s:
        return 0.0
    if _DECIMAL.match(s):
        if s[-1] == "y":
            return -INF if s[0] == "-" else INF
        return float(s)
    if _NON_DECIMAL.match(s):
        base = {"x": 16, "o": 8, "b": 2}[s[1].lower()]
        return float(int(s[2:], base))
    return NAN


# -- ToPrimitive and friends ----------------------------------------------------


def to_primitive(v, hint="default"):
    """https://tc39.es/ecma262/#sec-toprimitive"""
    if not isinstance(v, JSObject):
        return v
    exotic = v.get(SYM_TO_PRIMITIVE, v)
    if exotic is not undefined and exotic is not null:
        if not getattr(exotic, "is_callable", False):
            throw_type_error("not_function", "Symbol.toPrimitive")
        result = _agent.call_from_runtime(exotic, v, [hint])
        if isinstance(result, JSObject):
            throw_type_error("to_primitive")
        return result
    return ordinary_to_primitive(v, "number" if hint == "default" else hint)


def ordinary_to_primitive(o, hint):
    """https://tc39.es/ecma262/#sec-ordinarytoprimitive"""
    names = ("toString", "valueOf") if hint == "string" else ("valueOf", "toString")
    for name in names:
        method = o.get(name, o)
        if getattr(method, "is_callable", False):
            result = _agent.call_from_runtime(method, o, [])
            if not isinstance(result, JSObject):
                return result
    throw_type_error("to_primitive")


def to_boolean(v):
    """https://tc39.es/ecma262/#sec-toboolean"""
    t = type(v)
    if t is bool:
        return v
    if t is float:
        return not (v == 0 or v != v)
    if t is str:
        return len(v) > 0
    if v is undefined or v is null:
        return False
    if t is int:
        return v != 0
    return True  # symbols and objects (no document.all here)


def to_number(v):
    """https://tc39.es/ecma262/#sec-tonumber"""
    t = type(v)
    if t is float:
        return v
    if t is str:
        return string_to_number(v)
    if t is bool:
        return 1.0 if v else 0.0
    if v is undefined:
        return NAN
    if v is null:
        return 0.0
    if t is int:
        throw_type_error("bigint_to_number")
    if t is JSSymbol:
        throw_type_error("symbol_to_number")
    return to_number(to_primitive(v, "number"))


def to_numeric(v):
    """https://tc39.es/ecma262/#sec-tonumeric: a float or a BigInt (int)."""
    t = type(v)
    if t is float or t is int:
        return v
    p = to_primitive(v, "number") if isinstance(v, JSObject) else v
    if type(p) is int:
        return p
    return to_number(p)


def to_string(v):
    """https://tc39.es/ecma262/#sec-tostring"""
    t = type(v)
    if t is str:
        return v
    if t is float:
        return number_to_string(v)
    if t is bool:
        return "true" if v else "false"
    if v is undefined:
        return "undefined"
    if v is null:
        return "null"
    if t is int:
        return bigint_to_string(v)
    if t is JSSymbol:
        throw_type_error("symbol_to_string")
    return to_string(to_primitive(v, "string"))


def to_property_key(v):
    """https://tc39.es/ecma262/#sec-topropertykey: a str or a JSSymbol."""
    t = type(v)
    if t is str or t is JSSymbol:
        return v
    if t is float:
        if v.is_integer() and 0 <= v < 1e21:
            return str(int(v))
        return number_to_string(v)
    key = to_primitive(v, "string")
    if type(key) is JSSymbol:
        return key
    return to_string(key)


def to_object(v):
    """https://tc39.es/ecma262/#sec-toobject"""
    if isinstance(v, JSObject):
        return v
    if v is undefined or v is null:
        throw_type_error("convert_undefined_null")
    return _agent.current_realm().wrap_primitive(v)


def require_object_coercible(v, what=None):
    if v is undefined or v is null:
        if what:
            throw_type_error("called_on_non_object", what)
        throw_type_error("convert_undefined_null")
    return v


# -- integer conversions ---------------------------------------------------------


def to_integer_or_infinity(v):
    """https://tc39.es/ecma262/#sec-tointegerorinfinity (returns int or +-inf float)."""
    n = v if type(v) is float else to_number(v)
    if n != n:
        return 0
    if n == INF or n == -INF:
        return n
    return int(n)


def to_int32(v):
    """https://tc39.es/ecma262/#sec-toint32"""
    n = v if type(v) is float else to_number(v)
    if n != n or n == INF or n == -INF:
        return 0
    i = int(n) & 0xFFFFFFFF
    return i - 0x100000000 if i >= 0x80000000 else i


def to_uint32(v):
    n = v if type(v) is float else to_number(v)
    if n != n or n == INF or n == -INF:
        return 0
    return int(n) & 0xFFFFFFFF


def to_uint16(v):
    n = v if type(v) is float else to_number(v)
    if n != n or n == INF or n == -INF:
        return 0
    return int(n) & 0xFFFF


def to_length(v):
    """https://tc39.es/ecma262/#sec-tolength (an int)."""
    n = to_integer_or_infinity(v)
    if n <= 0:
        return 0
    if n == INF:
        return 2 ** 53 - 1
    return min(n, 2 ** 53 - 1)


def to_index(v):
    """https://tc39.es/ecma262/#sec-toindex"""
    if v is undefined:
        return 0
    n = to_integer_or_infinity(v)
    if n < 0 or n > 2 ** 53 - 1:
        throw_range_error("Invalid index")
    return int(n)


def to_big_int(v):
    """https://tc39.es/ecma262/#sec-tobigint"""
    p = to_primitive(v, "number")
    t = type(p)
    if t is int:
        return p
    if t is bool:
        return 1 if p else 0
    if t is str:
        n = string_to_big_int(p)
        if n is None:
            throw_syntax_error("bigint_syntax", p)
        return n
    if p is undefined or p is null:
        throw_type_error("bigint_syntax", to_string(p))
    if t is float:
        throw_type_error("bigint_syntax", number_to_string(p))
    throw_type_error("bigint_syntax", p.descriptive_string())


_BIGINT_DEC = re.compile(r"[+-]?\d+\Z", re.ASCII)
_BIGINT_RADIX = re.compile(r"0(?:[xX][0-9a-fA-F]+|[oO][0-7]+|[bB][01]+)\Z")


#: Python's int() refuses decimal strings over 4300 digits.
_INT_PARSE_CHUNK = 4000


def decimal_digits_to_int(s):
    """int(s) for a (signed) decimal digit string of any length: long ones
    are split in halves (divide and conquer, as bigint_to_string does)."""
    if len(s) <= _INT_PARSE_CHUNK:
        return int(s)
    if s[0] in "+-":
        n = decimal_digits_to_int(s[1:])
        return -n if s[0] == "-" else n
    low = len(s) // 2
    return decimal_digits_to_int(s[:-low]) * 10 ** low + decimal_digits_to_int(s[-low:])


def string_to_big_int(s):
    """https://tc39.es/ecma262/#sec-stringtobigint: an int, or None."""
    s = s.strip(JS_WHITESPACE)
    if not s:
        return 0
    if _BIGINT_DEC.match(s):
        return decimal_digits_to_int(s)
    if _BIGINT_RADIX.match(s):
        return int(s[2:], {"x": 16, "o": 8, "b": 2}[s[1].lower()])
    return None


def canonical_numeric_index_string(key):
    """https://tc39.es/ecma262/#sec-canonicalnumericindexstring: float or None."""
    if key == "-0":
        return -0.0
    n = string_to_number(key)
    if number_to_string(n) == key:
        return n
    return None


def describe_thrown(v):
    """A short Python-side description of a thrown value (for repr/debug)."""
    try:
        if isinstance(v, JSObject):
            name = v.get("name", v)
            msg = v.get("message", v)
            if isinstance(name, str) and isinstance(msg, str):
                return f"{name}: {msg}" if msg else name
            return f"<{v.js_class}>"
        if isinstance(v, JSSymbol):
            return v.descriptive_string()
        return to_string(v)
    except Exception:  # describing must never fail
        return "<unprintable JS value>"
