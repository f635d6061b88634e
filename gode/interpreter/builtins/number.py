"""Number: the constructor, its constants and statics, Number.prototype
(toString(radix), toFixed, toPrecision, toExponential, toLocaleString, valueOf).

Realm attributes: ``number_prototype`` (a Number object whose [[NumberData]]
is +0, as the spec requires), ``number_constructor``.
https://tc39.es/ecma262/#sec-number-objects

The digit-producing methods work on the exact binary value of the double
(``float.as_integer_ratio``) with integer arithmetic, so
``(1.005).toFixed(2)`` is ``'1.00'`` exactly as in V8; ties go to the larger
``n`` as the spec says.
"""

import math

from ..runtime.values import undefined, null, NAN, INF
from ..runtime.objects import Prop
from ..runtime.errors import throw_range_error, throw_type_error
from ..runtime.type_conversion import (to_numeric, to_number, to_string, to_boolean, to_object,
                                       to_integer_or_infinity, number_to_string,
                                       number_to_string_radix, shortest_digits)
from ..runtime.object_operations import get_prototype_from_constructor
from .registry import Table, install, make_constructor, arg
from .wrappers import PrimitiveWrapper, this_primitive
from .global_functions import parse_int_function, parse_float_function

statics = Table()
proto_methods = Table()

MAX_SAFE_INTEGER = 9007199254740991.0


# -- the constructor -----------------------------------------------------------------


def _number_value(args):
    """Steps 1-2 of Number(value): ToNumeric, BigInts converted to the nearest Number."""
    if not args:
        return 0.0
    prim = to_numeric(args[0])
    if type(prim) is int:
        try:
            return float(prim)
        except OverflowError:
            return INF if prim > 0 else -INF
    return prim


def number_call(realm, this, args):
    """https://tc39.es/ecma262/#sec-number-constructor-number-value (called)"""
    return _number_value(args)


def number_construct(realm, args, new_target):
    """https://tc39.es/ecma262/#sec-number-constructor-number-value (new)"""
    n = _number_value(args)
    proto = get_prototype_from_constructor(new_target, "number_prototype")
    return PrimitiveWrapper(proto, n)


# -- statics --------------------------------------------------------------------------


@statics("isFinite", 1)
def number_is_finite(realm, this, args):
    """https://tc39.es/ecma262/#sec-number.isfinite"""
    n = arg(args, 0)
    return type(n) is float and not (n != n or n == INF or n == -INF)


def _is_integral_number(n):
    """https://tc39.es/ecma262/#sec-isintegralnumber"""
    return type(n) is float and n == n and n != INF and n != -INF and n == math.floor(n)


@statics("isInteger", 1)
def number_is_integer(realm, this, args):
    """https://tc39.es/ecma262/#sec-number.isinteger"""
    return _is_integral_number(arg(args, 0))


@statics("isNaN", 1)
def number_is_nan(realm, this, args):
    """https://tc39.es/ecma262/#sec-number.isnan"""
    n = arg(args, 0)
    return type(n) is float and n != n


@statics("isSafeInteger", 1)
def number_is_safe_integer(realm, this, args):
    """https://tc39.es/ecma262/#sec-number.issafeinteger"""
    n = arg(args, 0)
    return _is_integral_number(n) and abs(n) <= MAX_SAFE_INTEGER


# -- exact decimal digits --------------------------------------------------------------


def _round_half_up(num, den):
    """round(num / den) for non-negative integers, ties upward (the spec's
    'if there are two such n, pick the larger n')."""
    return (2 * num + den) // (2 * den)


def _scaled(x, power):
    """x * 10**power as an exact fraction (num, den); x is a positive finite float."""
    num, den = x.as_integer_ratio()
    if power >= 0:
        num *= 10 ** power
    else:
        den *= 10 ** -power
    return num, den


def _decimal_exponent(x):
    """The exact e with 10**e <= x < 10**(e+1) for positive finite x
    (log10 alone can round across a power of ten)."""
    num, den = x.as_integer_ratio()
    e = math.floor(math.log10(x))

    def at_least(k):  # x >= 10**k, exactly
        return num >= den * 10 ** k if k >= 0 else num * 10 ** -k >= den

    while not at_least(e):
        e -= 1
    while at_least(e + 1):
        e += 1
    return e


def _exponent_digits(x, digits):
    """(n, e) with 10**(digits-1) <= n < 10**digits and n * 10**(e-digits+1)
    the closest to x (ties: larger n).  x is a positive finite float."""
    e = _decimal_exponent(x)
    while True:
        n = _round_half_up(*_scaled(x, digits - 1 - e))
        if n >= 10 ** digits:
            e += 1
        elif n < 10 ** (digits - 1):
            e -= 1
        else:
            return n, e


def _exponential_string(m, e):
    """'d.ddde+x' from the digit string m and exponent e."""
    s = m[0] if len(m) == 1 else m[0] + "." + m[1:]
    return s + ("e+" if e >= 0 else "e-") + str(abs(e))


# -- Number.prototype -------------------------------------------------------------------


def this_number_value(this, method):
    """https://tc39.es/ecma262/#sec-thisnumbervalue"""
    if type(this) is float:
        return this
    return this_primitive(this, float, "Number.prototype." + method)


@proto_methods("toExponential", 1)
def number_to_exponential(realm, this, args):
    """https://tc39.es/ecma262/#sec-number.prototype.toexponential"""
    x = this_number_value(this, "toExponential")
    fraction_digits = arg(args, 0)
    f = to_integer_or_infinity(fraction_digits)
    if x != x or x == INF or x == -INF:
        return number_to_string(x)
    if f < 0 or f > 100:
        throw_range_error("toExponential() argument must be between 0 and 100")
    sign = ""
    if x < 0:
        sign = "-"
        x = -x
    if x == 0:
        m = "0" * (f + 1)
        e = 0
    elif fraction_digits is undefined:
        m, e = shortest_digits(x)
    else:
        n, e = _exponent_digits(x, f + 1)
        m = str(n)
    return sign + _exponential_string(m, e)


@proto_methods("toFixed", 1)
def number_to_fixed(realm, this, args):
    """https://tc39.es/ecma262/#sec-number.prototype.tofixed"""
    x = this_number_value(this, "toFixed")
    f = to_integer_or_infinity(arg(args, 0))
    if f == INF or f == -INF or f < 0 or f > 100:
        throw_range_error("toFixed() digits argument must be between 0 and 100")
    if x != x or x == INF or x == -INF:
        return number_to_string(x)
    sign = ""
    if x < 0:
        sign = "-"
        x = -x
    if x >= 1e21:
        return sign + number_to_string(x)
    n = _round_half_up(*_scaled(x, f)) if x else 0
    m = str(n)
    if f:
        k = len(m)
        if k <= f:
            m = "0" * (f + 1 - k) + m
            k = f + 1
        m = m[:k - f] + "." + m[k - f:]
    return sign + m


@proto_methods("toPrecision", 1)
def number_to_precision(realm, this, args):
    """https://tc39.es/ecma262/#sec-number.prototype.toprecision"""
    x = this_number_value(this, "toPrecision")
    precision = arg(args, 0)
    if precision is undefined:
        return number_to_string(x)
    p = to_integer_or_infinity(precision)
    if x != x or x == INF or x == -INF:
        return number_to_string(x)
    if p < 1 or p > 100:
        throw_range_error("toPrecision() argument must be between 1 and 100")
    sign = ""
    if x < 0:
        sign = "-"
        x = -x
    if x == 0:
        m = "0" * p
        e = 0
    else:
        n, e = _exponent_digits(x, p)
        m = str(n)
        if e < -6 or e >= p:
            return sign + _exponential_string(m, e)
    if e == p - 1:
        return sign + m
    if e >= 0:
        return sign + m[:e + 1] + "." + m[e + 1:]
    return sign + "0." + "0" * (-(e + 1)) + m


@proto_methods("toString", 1)
def number_to_string_method(realm, this, args):
    """https://tc39.es/ecma262/#sec-number.prototype.tostring"""
    x = this_number_value(this, "toString")
    radix = arg(args, 0)
    if radix is undefined:
        return number_to_string(x)
    r = to_integer_or_infinity(radix)
    if r < 2 or r > 36:
        throw_range_error("toString() radix argument must be between 2 and 36")
    if r == 10:
        return number_to_string(x)
    return number_to_string_radix(x, int(r))


@proto_methods("valueOf", 0)
def number_value_of(realm, this, args):
    """https://tc39.es/ecma262/#sec-number.prototype.valueof"""
    return this_number_value(this, "valueOf")


@proto_methods("toLocaleString", 0)
def number_to_locale_string(realm, this, args):
    """https://tc39.es/ecma402/#sup-number.prototype.tolocalestring

    Deviation: without ICU every locale formats as node's default en-US:
    digits grouped by three with ',', at most three fraction digits unless
    the minimumFractionDigits/maximumFractionDigits options say otherwise,
    rounded half away from zero on the shortest decimal form (as ICU does),
    '∞' for Infinity.  Of the options only those two and useGrouping are
    honoured.
    """
    x = this_number_value(this, "toLocaleString")
    min_fd, max_fd, grouping = _digit_options(arg(args, 1))
    return format_number_en_us(x, min_fd, max_fd, grouping)


def _default_number_option(o, name, minimum, maximum, fallback):
    """GetNumberOption/DefaultNumberOption (https://tc39.es/ecma402/#sec-defaultnumberoption)."""
    value = o.get(name, o)
    if value is undefined:
        return fallback
    n = to_number(value)
    if n != n or n < minimum or n > maximum:
        throw_range_error(name + " value is out of range.")
    return int(math.floor(n))


def _digit_options(options):
    """(minimumFractionDigits, maximumFractionDigits, useGrouping) from the
    options argument, as SetNumberFormatDigitOptions resolves them."""
    if options is undefined:
        return 0, 3, "auto"
    if options is null:
        throw_type_error("Number.prototype.toLocaleString called on null or undefined")
    o = to_object(options)
    has_min = o.get("minimumFractionDigits", o) is not undefined
    has_max = o.get("maximumFractionDigits", o) is not undefined
    min_fd = _default_number_option(o, "minimumFractionDigits", 0, 100, None)
    max_fd = _default_number_option(o, "maximumFractionDigits", 0, 100, None)
    if not has_min and not has_max:
        min_fd, max_fd = 0, 3
    elif not has_min:
        min_fd = min(0, max_fd)
    elif not has_max:
        max_fd = max(3, min_fd)
    elif min_fd > max_fd:
        throw_range_error("maximumFractionDigits value is out of range.")
    grouping = o.get("useGrouping", o)
    if grouping is undefined:
        grouping = "auto"
    elif type(grouping) is bool:
        grouping = "always" if grouping else False
    else:
        grouping = to_string(grouping)
        if grouping not in ("always", "auto", "min2"):
            # ECMA-402: any other truthy value means the locale default.
            grouping = "auto" if to_boolean(grouping) else False
    return min_fd, max_fd, grouping


def format_number_en_us(x, min_fraction_digits=0, max_fraction_digits=3, grouping="auto"):
    """``new Intl.NumberFormat('en-US', options).format(x)`` for a Number,
    with the fraction digit and grouping options."""
    if x != x:
        return "NaN"
    sign = "-" if math.copysign(1.0, x) < 0 else ""
    x = abs(x)
    if x == INF:
        return sign + "∞"
    if x == 0:
        m, e = "0", 0
    else:
        m, e = shortest_digits(x)
    # The shortest digits as an integer scaled by 10**max_fraction_digits,
    # rounded half away from zero.
    shift = e + 1 - len(m) + max_fraction_digits
    if shift >= 0:
        scaled = int(m) * 10 ** shift
    else:
        q, r = divmod(int(m), 10 ** -shift)
        scaled = q + (1 if 2 * r >= 10 ** -shift else 0)
    int_part, frac_part = divmod(scaled, 10 ** max_fraction_digits)
    frac = str(frac_part).rjust(max_fraction_digits, "0") if max_fraction_digits else ""
    frac = frac.rstrip("0").ljust(min_fraction_digits, "0")
    digits = str(int_part)
    if grouping and (grouping != "min2" or len(digits) >= 5):
        groups = []
        while len(digits) > 3:
            groups.append(digits[-3:])
            digits = digits[:-3]
        groups.append(digits)
        digits = ",".join(reversed(groups))
    return sign + digits + ("." + frac if frac else "")


def setup(realm):
    proto = PrimitiveWrapper(realm.object_prototype, 0.0)
    realm.number_prototype = proto
    c = make_constructor(realm, "Number", 1, number_call, number_construct, proto)
    realm.number_constructor = c
    install(realm, c, statics)
    c.props["parseFloat"] = Prop(parse_float_function(realm), True, False, True)
    c.props["parseInt"] = Prop(parse_int_function(realm), True, False, True)
    for name, value in (("MAX_VALUE", 1.7976931348623157e308), ("MIN_VALUE", 5e-324),
                        ("NaN", NAN), ("NEGATIVE_INFINITY", -INF), ("POSITIVE_INFINITY", INF),
                        ("MAX_SAFE_INTEGER", MAX_SAFE_INTEGER),
                        ("MIN_SAFE_INTEGER", -MAX_SAFE_INTEGER),
                        ("EPSILON", 2.220446049250313e-16)):
        c.props[name] = Prop(value, False, False, False)
    install(realm, proto, proto_methods)
    realm.define_global("Number", c)
    realm.register("%Number%", c)
    realm.register("%Number.prototype%", proto)
