"""BigInt: the constructor, BigInt.asIntN/asUintN and BigInt.prototype
(toLocaleString, toString, valueOf, [Symbol.toStringTag]).

Realm attributes: ``bigint_prototype``, ``bigint_constructor``.
https://tc39.es/ecma262/#sec-bigint-objects

BigInt values are Python ints (``type(v) is int``).
"""

from ..runtime.values import undefined, SYM_TO_STRING_TAG
from ..runtime.objects import JSObject, Prop
from ..runtime.errors import throw_type_error, throw_range_error
from ..runtime.type_conversion import (to_primitive, to_big_int, to_integer_or_infinity,
                                       number_to_string, bigint_to_string)
from .registry import Table, install, make_constructor, arg
from .wrappers import this_primitive

statics = Table()
proto_methods = Table()

#: V8 refuses BigInts longer than this many bits (BigInt::kMaxLengthBits).
MAX_BIGINT_BITS = 1 << 30


def number_to_big_int(n):
    """https://tc39.es/ecma262/#sec-numbertobigint"""
    if n != n or n in (float("inf"), float("-inf")) or not n.is_integer():
        throw_range_error("bigint_from_non_integer", number_to_string(n))
    return int(n)


def bigint_call(realm, this, args):
    """https://tc39.es/ecma262/#sec-bigint-constructor-number-value"""
    prim = to_primitive(arg(args, 0), "number")
    if type(prim) is float:
        return number_to_big_int(prim)
    return to_big_int(prim)


def bigint_construct(realm, args, new_target):
    """Step 1: ``new BigInt()`` throws (BigInt is a constructor only so that
    classes may extend it)."""
    throw_type_error("not_constructor", "BigInt")


def _to_bits(v):
    """ToIndex for asIntN/asUintN, with V8's message."""
    n = 0 if v is undefined else to_integer_or_infinity(v)
    if n < 0 or n > 2 ** 53 - 1:
        throw_range_error("Invalid value: not (convertible to) a safe integer")
    return int(n)


@statics("asUintN", 2)
def bigint_as_uint_n(realm, this, args):
    """https://tc39.es/ecma262/#sec-bigint.asuintn"""
    bits = _to_bits(arg(args, 0))
    n = to_big_int(arg(args, 1))
    if n >= 0 and n.bit_length() <= bits:
        return n  # already in range (also avoids building 2**bits for huge bits)
    if n < 0 and bits > MAX_BIGINT_BITS:
        throw_range_error("Maximum BigInt size exceeded")
    return n & ((1 << bits) - 1)


@statics("asIntN", 2)
def bigint_as_int_n(realm, this, args):
    """https://tc39.es/ecma262/#sec-bigint.asintn"""
    bits = _to_bits(arg(args, 0))
    n = to_big_int(arg(args, 1))
    if bits == 0:
        return 0
    # In range when -2**(bits-1) <= n < 2**(bits-1); ~n covers negatives.
    if (n if n >= 0 else ~n).bit_length() < bits:
        return n
    # Out of range, so bits < n.bit_length() + 1 and the mask is affordable.
    mod = n & ((1 << bits) - 1)
    return mod - (1 << bits) if mod >> (bits - 1) else mod


def _group_thousands(digits):
    head = len(digits) % 3 or 3
    parts = [digits[:head]]
    parts.extend(digits[i:i + 3] for i in range(head, len(digits), 3))
    return ",".join(parts)


@proto_methods("toLocaleString", 0)
def bigint_proto_to_locale_string(realm, this, args):
    """https://tc39.es/ecma402/#sup-bigint.prototype.tolocalestring

    Formats as Intl.NumberFormat('en-US') does (digit grouping by commas);
    other locales and options are not supported and give the same text."""
    x = this_primitive(this, int, "BigInt.prototype.toLocaleString")
    digits = _group_thousands(bigint_to_string(abs(x)))
    return "-" + digits if x < 0 else digits


@proto_methods("toString", 0)
def bigint_proto_to_string(realm, this, args):
    """https://tc39.es/ecma262/#sec-bigint.prototype.tostring"""
    x = this_primitive(this, int, "BigInt.prototype.toString")
    radix = arg(args, 0)
    if radix is undefined:
        return bigint_to_string(x)
    r = to_integer_or_infinity(radix)
    if r < 2 or r > 36:
        throw_range_error("toString() radix argument must be between 2 and 36")
    return bigint_to_string(x, int(r))


@proto_methods("valueOf", 0)
def bigint_proto_value_of(realm, this, args):
    """https://tc39.es/ecma262/#sec-bigint.prototype.valueof"""
    return this_primitive(this, int, "BigInt.prototype.valueOf")


def setup(realm):
    # BigInt.prototype is an ordinary object (not a BigInt wrapper).
    proto = JSObject(realm.object_prototype)
    realm.bigint_prototype = proto
    c = make_constructor(realm, "BigInt", 1, bigint_call, bigint_construct, proto)
    realm.bigint_constructor = c
    install(realm, c, statics)
    install(realm, proto, proto_methods)
    proto.props[SYM_TO_STRING_TAG] = Prop("BigInt", False, False, True)
    realm.define_global("BigInt", c)
    realm.register("%BigInt%", c)
    realm.register("%BigInt.prototype%", proto)
