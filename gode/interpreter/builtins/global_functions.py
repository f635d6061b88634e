"""The function and value properties of the global object: parseInt,
parseFloat, isNaN, isFinite, the URI functions (encodeURI,
encodeURIComponent, decodeURI, decodeURIComponent), Annex B's escape and
unescape, and the values NaN, Infinity and undefined.

https://tc39.es/ecma262/#sec-global-object
https://tc39.es/ecma262/#sec-additional-properties-of-the-global-object

Number.parseInt and Number.parseFloat are the same function objects as the
globals; number.py sets up before this module, so both go through
:func:`parse_int_function` / :func:`parse_float_function`, which create the
function once per realm and register it as %parseInt% / %parseFloat%.
"""

import re

from ..runtime.values import undefined, NAN, INF
from ..runtime.objects import Prop
from ..runtime.errors import throw_error
from ..runtime.type_conversion import to_string, to_number, to_int32, JS_WHITESPACE
from .registry import Table, install, make_function, arg

globals_table = Table()

_RADIX_DIGIT_VALUES = {}
for _i, _c in enumerate("0123456789abcdefghijklmnopqrstuvwxyz"):
    _RADIX_DIGIT_VALUES[_c] = _i
    _RADIX_DIGIT_VALUES[_c.upper()] = _i
del _i, _c


# -- parseInt / parseFloat -----------------------------------------------------------


def parse_int(realm, this, args):
    """https://tc39.es/ecma262/#sec-parseint-string-radix"""
    # 1-2. Convert, then drop leading white space.
    s = to_string(arg(args, 0)).lstrip(JS_WHITESPACE)
    # 3-5. An optional sign.
    negative = False
    if s and s[0] in "+-":
        negative = s[0] == "-"
        s = s[1:]
    # 6-9. The radix (ToInt32, so 2**32 + 2 means 2).
    r = to_int32(arg(args, 1))
    strip_prefix = True
    if r != 0:
        if r < 2 or r > 36:
            return NAN
        if r != 16:
            strip_prefix = False
    else:
        r = 10
    # 10. A 0x prefix when the radix is 16 or was not given.
    if strip_prefix and s[:2] in ("0x", "0X"):
        s = s[2:]
        r = 16
    # 11-13. The longest prefix of radix-R digits.
    end = 0
    values = _RADIX_DIGIT_VALUES
    n = len(s)
    while end < n:
        d = values.get(s[end])
        if d is None or d >= r:
            break
        end += 1
    if end == 0:
        return NAN
    z = s[:end]
    # 14. The mathematical value, rounded as V8 rounds it.
    value = _radix_digits_to_double(z, r)
    # 15-16. The sign; a zero keeps it (parseInt('-0') is -0).
    return -value if negative else value


def _radix_digits_to_double(z, r):
    """The double for the radix-``r`` digit string ``z``.

    Radix 10 and powers of two are rounded correctly (V8 uses strtod and an
    exact bit accumulator).  For other radices the spec allows an
    approximation; V8 accumulates 32-bit chunks in double arithmetic and we do
    the same so that, e.g., ``parseInt('z' * 24, 36)`` prints the same digits.
    """
    if r == 10:
        return float(z)
    if (r & (r - 1)) == 0:
        try:
            return float(int(z, r))
        except OverflowError:
            return INF
    # V8's NumberParseIntHelper::HandleGenericCase.
    values = _RADIX_DIGIT_VALUES
    max_multiplier = 0xFFFFFFFF // 36
    result = 0.0
    i = 0
    n = len(z)
    while i < n:
        part = 0
        multiplier = 1
        while i < n:
            m = multiplier * r
            if m > max_multiplier:
                break
            part = part * r + values[z[i]]
            multiplier = m
            i += 1
        result = result * float(multiplier) + float(part)
    return result


_STR_DECIMAL_LITERAL = re.compile(
    r"[+-]?(?:Infinity|(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)")


def parse_float(realm, this, args):
    """https://tc39.es/ecma262/#sec-parsefloat-string"""
    s = to_string(arg(args, 0)).lstrip(JS_WHITESPACE)
    m = _STR_DECIMAL_LITERAL.match(s)
    if m is None:
        return NAN
    text = m.group()
    if text[-1] == "y":
        return -INF if text[0] == "-" else INF
    return float(text)


def parse_int_function(realm):
    """%parseInt%, created once per realm (shared with Number.parseInt)."""
    f = realm.intrinsics.get("%parseInt%")
    if f is None:
        f = make_function(realm, parse_int, "parseInt", 2)
        realm.register("%parseInt%", f)
    return f


def parse_float_function(realm):
    """%parseFloat%, created once per realm (shared with Number.parseFloat)."""
    f = realm.intrinsics.get("%parseFloat%")
    if f is None:
        f = make_function(realm, parse_float, "parseFloat", 1)
        realm.register("%parseFloat%", f)
    return f


# -- isNaN / isFinite ---------------------------------------------------------------------


@globals_table("isNaN", 1)
def is_nan(realm, this, args):
    """https://tc39.es/ecma262/#sec-isnan-number"""
    n = to_number(arg(args, 0))
    return n != n


@globals_table("isFinite", 1)
def is_finite(realm, this, args):
    """https://tc39.es/ecma262/#sec-isfinite-number"""
    n = to_number(arg(args, 0))
    return not (n != n or n == INF or n == -INF)


# -- URI handling ------------------------------------------------------------------------

_ALWAYS_UNESCAPED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
                              "_-.!~*'()")
#: uriReserved plus "#": what encodeURI leaves alone beyond the always-unescaped set.
_URI_UNESCAPED = _ALWAYS_UNESCAPED | frozenset(";/?:@&=+$,#")
_URI_RESERVED_AND_HASH = frozenset(";/?:@&=+$,#")
_HEX = frozenset("0123456789abcdefABCDEF")


def _uri_error():
    throw_error("URIError", "URI malformed")


def encode(string, unescaped_set):
    """Encode (https://tc39.es/ecma262/#sec-encode): percent-escape the UTF-8
    of every code point outside ``unescaped_set``; a lone surrogate is a
    URIError."""
    out = []
    k = 0
    n = len(string)
    while k < n:
        c = string[k]
        if c in unescaped_set:
            out.append(c)
            k += 1
            continue
        cu = ord(c)
        if 0xD800 <= cu <= 0xDFFF:
            # CodePointAt: only a leading surrogate followed by a trailing one pairs.
            if cu >= 0xDC00 or k + 1 >= n or not 0xDC00 <= ord(string[k + 1]) <= 0xDFFF:
                _uri_error()
            cp = 0x10000 + ((cu - 0xD800) << 10) + (ord(string[k + 1]) - 0xDC00)
            k += 2
        else:
            cp = cu
            k += 1
        for octet in chr(cp).encode("utf-8"):
            out.append("%%%02X" % octet)
    return "".join(out)


def _parse_hex_octet(string, k):
    a = string[k]
    b = string[k + 1]
    if a not in _HEX or b not in _HEX:
        _uri_error()
    return int(a + b, 16)


def decode(string, preserve_escape_set):
    """Decode (https://tc39.es/ecma262/#sec-decode): undo percent-escapes of
    UTF-8 sequences, keeping escapes of characters in ``preserve_escape_set``."""
    if "%" not in string:
        return string
    out = []
    k = 0
    n = len(string)
    while k < n:
        c = string[k]
        if c != "%":
            out.append(c)
            k += 1
            continue
        if k + 3 > n:
            _uri_error()
        b = _parse_hex_octet(string, k + 1)
        start = k
        k += 2
        if b < 0x80:
            ch = chr(b)
            out.append(string[start:start + 3] if ch in preserve_escape_set else ch)
        else:
            # n = the number of leading 1 bits of B: 2..4 for a lead byte.
            if b >= 0xF8 or b < 0xC0:
                _uri_error()
            count = 2 if b < 0xE0 else 3 if b < 0xF0 else 4
            octets = [b]
            for _ in range(count - 1):
                k += 1
                if k + 3 > n or string[k] != "%":
                    _uri_error()
                octets.append(_parse_hex_octet(string, k + 1))
                k += 2
            try:
                # Python's strict UTF-8 decoder rejects overlong forms and
                # surrogates, exactly the sequences the spec calls invalid.
                text = bytes(octets).decode("utf-8")
            except UnicodeDecodeError:
                _uri_error()
            cp = ord(text)
            if cp >= 0x10000:
                cp -= 0x10000
                out.append(chr(0xD800 + (cp >> 10)) + chr(0xDC00 + (cp & 0x3FF)))
            else:
                out.append(text)
        k += 1
    return "".join(out)


@globals_table("decodeURI", 1)
def decode_uri(realm, this, args):
    """https://tc39.es/ecma262/#sec-decodeuri-encodeduri"""
    return decode(to_string(arg(args, 0)), _URI_RESERVED_AND_HASH)


@globals_table("decodeURIComponent", 1)
def decode_uri_component(realm, this, args):
    """https://tc39.es/ecma262/#sec-decodeuricomponent-encodeduricomponent"""
    return decode(to_string(arg(args, 0)), frozenset())


@globals_table("encodeURI", 1)
def encode_uri(realm, this, args):
    """https://tc39.es/ecma262/#sec-encodeuri-uri"""
    return encode(to_string(arg(args, 0)), _URI_UNESCAPED)


@globals_table("encodeURIComponent", 1)
def encode_uri_component(realm, this, args):
    """https://tc39.es/ecma262/#sec-encodeuricomponent-uricomponent"""
    return encode(to_string(arg(args, 0)), _ALWAYS_UNESCAPED)


# -- Annex B: escape / unescape --------------------------------------------------------

_ESCAPE_UNESCAPED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
                              "_@*+-./")


@globals_table("escape", 1)
def escape(realm, this, args):
    """https://tc39.es/ecma262/#sec-escape-string"""
    s = to_string(arg(args, 0))
    out = []
    for c in s:
        if c in _ESCAPE_UNESCAPED:
            out.append(c)
        else:
            cu = ord(c)
            out.append("%%%02X" % cu if cu < 256 else "%%u%04X" % cu)
    return "".join(out)


@globals_table("unescape", 1)
def unescape(realm, this, args):
    """https://tc39.es/ecma262/#sec-unescape-string"""
    s = to_string(arg(args, 0))
    if "%" not in s:
        return s
    out = []
    k = 0
    n = len(s)
    while k < n:
        c = s[k]
        if c == "%":
            if (k + 6 <= n and s[k + 1] == "u" and s[k + 2] in _HEX and s[k + 3] in _HEX
                    and s[k + 4] in _HEX and s[k + 5] in _HEX):
                c = chr(int(s[k + 2:k + 6], 16))
                k += 5
            elif k + 3 <= n and s[k + 1] in _HEX and s[k + 2] in _HEX:
                c = chr(int(s[k + 1:k + 3], 16))
                k += 2
        out.append(c)
        k += 1
    return "".join(out)


def setup(realm):
    g = realm.global_object
    # Value properties: non-writable, non-enumerable, non-configurable.
    g.props["NaN"] = Prop(NAN, False, False, False)
    g.props["Infinity"] = Prop(INF, False, False, False)
    g.props["undefined"] = Prop(undefined, False, False, False)
    realm.define_global("parseFloat", parse_float_function(realm))
    realm.define_global("parseInt", parse_int_function(realm))
    install(realm, g, globals_table)
    for name in ("isNaN", "isFinite", "decodeURI", "decodeURIComponent", "encodeURI",
                 "encodeURIComponent", "escape", "unescape"):
        p = g.props[name]
        realm.register("%" + name + "%", p.value)
