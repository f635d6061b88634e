"""The Math object: its value properties and every function.

Realm attributes: ``math_object``.
https://tc39.es/ecma262/#sec-math-object

The transcendental functions come from runtime/ieee754.py, transcriptions of
the fdlibm code V8 uses, so results match node to the last bit (the C
library's functions differ in the last place for a few percent of
arguments).  Math.pow is the ``**`` operator's Number::exponentiate.
"""

import math
import random
import struct

from ..runtime.values import NAN, INF, SYM_TO_STRING_TAG
from ..runtime.objects import JSObject, Prop
from ..runtime.type_conversion import to_number, to_uint32
from ..runtime.operators import js_pow
from ..runtime import ieee754
from .registry import Table, install

functions = Table()

_copysign = math.copysign
_floor = math.floor
_NEG_INF = -INF


def _num(args, i):
    """ToNumber(args[i]) (undefined when absent, so NaN)."""
    if i < len(args):
        v = args[i]
        return v if type(v) is float else to_number(v)
    return NAN


def _unary(name, fn):
    """Register Math[name] computing fn(ToNumber(x))."""
    def math_function(realm, this, args):
        return fn(_num(args, 0))
    math_function.__name__ = "math_" + name
    math_function.__doc__ = "https://tc39.es/ecma262/#sec-math." + name.lower()
    functions.add(name, math_function, 1)


def _abs(x):
    return math.fabs(x)


def _ceil(x):
    """https://tc39.es/ecma262/#sec-math.ceil: -0 for -1 < x < 0."""
    if x != x or x == INF or x == _NEG_INF or x == 0:
        return x
    r = float(math.ceil(x))
    return -0.0 if r == 0 and x < 0 else r


def _floor_(x):
    """https://tc39.es/ecma262/#sec-math.floor"""
    if x != x or x == INF or x == _NEG_INF or x == 0:
        return x
    return float(_floor(x))


def _trunc(x):
    """https://tc39.es/ecma262/#sec-math.trunc: the sign of a zero result is x's."""
    if x != x or x == INF or x == _NEG_INF or x == 0:
        return x
    r = float(math.trunc(x))
    return _copysign(0.0, x) if r == 0 else r


def _round(x):
    """https://tc39.es/ecma262/#sec-math.round: ties toward +Infinity, and
    -0 for -0.5 <= x < 0.  Not floor(x + 0.5), which rounds
    0.49999999999999994 up."""
    if x != x or x == INF or x == _NEG_INF or x == 0:
        return x
    if x < 0 and x >= -0.5:
        return -0.0
    f = _floor(x)
    return float(f + 1 if x - f >= 0.5 else f)


def _sign(x):
    """https://tc39.es/ecma262/#sec-math.sign"""
    if x != x or x == 0:
        return x
    return 1.0 if x > 0 else -1.0


def _sqrt(x):
    if x < 0:
        return NAN
    return math.sqrt(x)


_F32 = struct.Struct("<f")


def _fround(x):
    """https://tc39.es/ecma262/#sec-math.fround: round to the nearest binary32."""
    if x != x:
        return NAN
    try:
        return _F32.unpack(_F32.pack(x))[0]
    except OverflowError:
        # Beyond the largest float32 (after rounding): an infinity.
        return _copysign(INF, x)


def _clz32(x):
    return float(32 - to_uint32(x).bit_length())


for _name, _fn in (
        ("abs", _abs), ("acos", ieee754.acos), ("acosh", ieee754.acosh), ("asin", ieee754.asin),
        ("asinh", ieee754.asinh), ("atan", ieee754.atan), ("atanh", ieee754.atanh)):
    _unary(_name, _fn)


@functions("atan2", 2)
def math_atan2(realm, this, args):
    """https://tc39.es/ecma262/#sec-math.atan2"""
    y = _num(args, 0)
    x = _num(args, 1)
    return ieee754.atan2(y, x)


for _name, _fn in (("ceil", _ceil), ("cbrt", ieee754.cbrt), ("expm1", ieee754.expm1),
                   ("clz32", _clz32), ("cos", ieee754.cos), ("cosh", ieee754.cosh),
                   ("exp", ieee754.exp), ("floor", _floor_), ("fround", _fround)):
    _unary(_name, _fn)


@functions("hypot", 2)
def math_hypot(realm, this, args):
    """https://tc39.es/ecma262/#sec-math.hypot, summed as V8 does (scaled by
    the largest magnitude, with Kahan compensation) for identical digits."""
    values = [a if type(a) is float else to_number(a) for a in args]
    if not values:
        return 0.0
    largest = 0.0
    has_nan = False
    for v in values:
        if v != v:
            has_nan = True
        else:
            v = abs(v)
            if v > largest:
                largest = v
    if largest == INF:
        return INF
    if has_nan:
        return NAN
    if largest == 0:
        return 0.0
    total = 0.0
    compensation = 0.0
    for v in values:
        n = abs(v) / largest
        summand = n * n - compensation
        preliminary = total + summand
        compensation = (preliminary - total) - summand
        total = preliminary
    return math.sqrt(total) * largest


@functions("imul", 2)
def math_imul(realm, this, args):
    """https://tc39.es/ecma262/#sec-math.imul"""
    a = to_uint32(_num(args, 0))
    b = to_uint32(_num(args, 1))
    r = (a * b) & 0xFFFFFFFF
    return float(r - 0x100000000 if r & 0x80000000 else r)


for _name, _fn in (("log", ieee754.log), ("log1p", ieee754.log1p), ("log2", ieee754.log2),
                   ("log10", ieee754.log10)):
    _unary(_name, _fn)


@functions("max", 2)
def math_max(realm, this, args):
    """https://tc39.es/ecma262/#sec-math.max: every argument is converted
    first; NaN wins; +0 is larger than -0."""
    values = [a if type(a) is float else to_number(a) for a in args]
    result = _NEG_INF
    for v in values:
        if v != v:
            return NAN
        if v > result or (v == 0 and result == 0 and _copysign(1.0, result) < 0):
            result = v
    return result


@functions("min", 2)
def math_min(realm, this, args):
    """https://tc39.es/ecma262/#sec-math.min: every argument is converted
    first; NaN wins; -0 is smaller than +0."""
    values = [a if type(a) is float else to_number(a) for a in args]
    result = INF
    for v in values:
        if v != v:
            return NAN
        if v < result or (v == 0 and result == 0 and _copysign(1.0, v) < 0):
            result = v
    return result


@functions("pow", 2)
def math_pow(realm, this, args):
    """https://tc39.es/ecma262/#sec-math.pow"""
    base = _num(args, 0)
    exponent = _num(args, 1)
    return js_pow(base, exponent)


@functions("random", 0)
def math_random(realm, this, args):
    """https://tc39.es/ecma262/#sec-math.random"""
    return random.random()


for _name, _fn in (("round", _round), ("sign", _sign), ("sin", ieee754.sin),
                   ("sinh", ieee754.sinh), ("sqrt", _sqrt), ("tan", ieee754.tan),
                   ("tanh", ieee754.tanh), ("trunc", _trunc)):
    _unary(_name, _fn)

del _name, _fn

#: https://tc39.es/ecma262/#sec-value-properties-of-the-math-object
CONSTANTS = (
    ("E", math.e), ("LN10", math.log(10)), ("LN2", math.log(2)), ("LOG10E", 0.4342944819032518),
    ("LOG2E", 1.4426950408889634), ("PI", math.pi), ("SQRT1_2", math.sqrt(0.5)),
    ("SQRT2", math.sqrt(2)),
)


def setup(realm):
    m = JSObject(realm.object_prototype)
    install(realm, m, functions)
    for name, value in CONSTANTS:
        m.props[name] = Prop(value, False, False, False)
    m.props[SYM_TO_STRING_TAG] = Prop("Math", False, False, True)
    realm.math_object = m
    realm.define_global("Math", m)
    realm.register("%Math%", m)
