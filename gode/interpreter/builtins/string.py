"""String: the constructor, String.raw/fromCharCode/fromCodePoint and
String.prototype (every method, Annex B's HTML methods included), plus
%StringIteratorPrototype%.

Realm attributes: ``string_prototype`` (a String object whose value is "",
as the spec requires), ``string_constructor``, ``string_iterator_prototype``,
``string_iterator_prop`` (the Prop holding the original
String.prototype[Symbol.iterator]) and ``string_iterator_next_prop`` (the
Prop holding the original %StringIteratorPrototype%.next); the last two let
iterate_to_list take its fast path only while they are untouched.
https://tc39.es/ecma262/#sec-string-objects

Strings are Python strs of UTF-16 code units (see values.py), so indices
and lengths are Python's.  Case mapping and normalization work on the real
text (from_js_string) and convert back; lone surrogates pass through them
unchanged, as in V8.

match, matchAll, search, split, replace and replaceAll defer to the
argument's Symbol.match/matchAll/search/split/replace method when the
argument is an object with one (the current spec and test262; node 20's V8
also looks the method up on primitives, so a Symbol.split added to
Number.prototype is used by node and ignored here); otherwise
match/matchAll/search build a RegExp with %RegExp%.
"""

import re
import unicodedata

from ..runtime.values import (undefined, null, JSSymbol, NAN, INF, SYM_ITERATOR, SYM_MATCH,
                              SYM_MATCH_ALL, SYM_REPLACE, SYM_SEARCH, SYM_SPLIT,
                              SYM_TO_STRING_TAG, to_js_string, from_js_string)
from ..runtime.objects import JSObject, Prop
from ..runtime.errors import throw_type_error, throw_range_error
from ..runtime.type_conversion import (to_string, to_number, to_integer_or_infinity, to_length,
                                       to_uint16, to_uint32, to_object, number_to_string,
                                       JS_WHITESPACE)
from ..runtime.object_operations import (get_prototype_from_constructor, get_v, call,
                                         construct, invoke, is_callable, length_of_array_like,
                                         create_array_from_list, create_iter_result_object,
                                         no_side_effects_to_string)
from ..runtime.operators import is_reg_exp
from .registry import Table, install, make_constructor, arg
from .wrappers import StringObject, this_primitive

statics = Table()
proto_methods = Table()
iterator_methods = Table()

#: V8's String::kMaxLength on 64-bit hosts: longer results are a RangeError.
MAX_STRING_LENGTH = (1 << 29) - 24

_LONE_SURROGATE = re.compile("[\ud800-\udbff](?![\udc00-\udfff])"
                             "|(?<![\ud800-\udbff])[\udc00-\udfff]")


# -- helpers ---------------------------------------------------------------------------


def this_string(this, method):
    """RequireObjectCoercible(this) then ToString, with V8's message naming
    the method ('String.prototype.trim called on null or undefined')."""
    if type(this) is str:
        return this
    if this is undefined or this is null:
        throw_type_error(f"String.prototype.{method} called on null or undefined")
    return to_string(this)


def this_string_value(this, method):
    """https://tc39.es/ecma262/#sec-thisstringvalue"""
    if type(this) is str:
        return this
    return this_primitive(this, str, "String.prototype." + method)


def _clamp(v, lo, hi):
    """min(max(v, lo), hi) for an int or +-Infinity float, as an int."""
    if v <= lo:
        return lo
    if v >= hi:
        return hi
    return v


def _check_length(n):
    if n > MAX_STRING_LENGTH:
        throw_range_error("Invalid string length")


def _map_well_formed(s, fn):
    """Apply the text function ``fn`` to the well-formed runs of JS string
    ``s``, keeping lone surrogates as they are."""
    if s.isascii():
        return fn(s)
    out = []
    pos = 0
    for m in _LONE_SURROGATE.finditer(s):
        if m.start() > pos:
            out.append(to_js_string(fn(from_js_string(s[pos:m.start()]))))
        out.append(m.group())
        pos = m.end()
    if pos < len(s):
        out.append(to_js_string(fn(from_js_string(s[pos:]))))
    return "".join(out)


def code_point_at(s, position):
    """CodePointAt (https://tc39.es/ecma262/#sec-codepointat): the code point
    starting at ``position`` (a lone surrogate stands for itself)."""
    first = ord(s[position])
    if 0xD800 <= first <= 0xDBFF and position + 1 < len(s):
        second = ord(s[position + 1])
        if 0xDC00 <= second <= 0xDFFF:
            return 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
    return first


# -- the constructor --------------------------------------------------------------------


def string_call(realm, this, args):
    """https://tc39.es/ecma262/#sec-string-constructor-string-value (called):
    a Symbol gives its descriptive string instead of a TypeError."""
    if not args:
        return ""
    v = args[0]
    if type(v) is JSSymbol:
        return v.descriptive_string()
    return v if type(v) is str else to_string(v)


def string_construct(realm, args, new_target):
    """https://tc39.es/ecma262/#sec-string-constructor-string-value (new)"""
    s = to_string(args[0]) if args else ""
    proto = get_prototype_from_constructor(new_target, "string_prototype")
    return StringObject(proto, s)


@statics("fromCharCode", 1)
def string_from_char_code(realm, this, args):
    """https://tc39.es/ecma262/#sec-string.fromcharcode"""
    return "".join([chr(to_uint16(a)) for a in args])


@statics("fromCodePoint", 1)
def string_from_code_point(realm, this, args):
    """https://tc39.es/ecma262/#sec-string.fromcodepoint"""
    out = []
    for a in args:
        n = a if type(a) is float else to_number(a)
        if not (n == n and n != INF and n != -INF and n == int(n)) or n < 0 or n > 0x10FFFF:
            throw_range_error("Invalid code point " + number_to_string(n))
        cp = int(n)
        if cp >= 0x10000:
            cp -= 0x10000
            out.append(chr(0xD800 + (cp >> 10)) + chr(0xDC00 + (cp & 0x3FF)))
        else:
            out.append(chr(cp))
    return "".join(out)


@statics("raw", 1)
def string_raw(realm, this, args):
    """https://tc39.es/ecma262/#sec-string.raw"""
    substitutions = args[1:]
    cooked = to_object(arg(args, 0))
    literals = to_object(cooked.get("raw", cooked))
    literal_count = length_of_array_like(literals)
    if literal_count <= 0:
        return ""
    out = []
    next_index = 0
    while True:
        out.append(to_string(literals.get(str(next_index), literals)))
        if next_index + 1 == literal_count:
            return "".join(out)
        if next_index < len(substitutions):
            out.append(to_string(substitutions[next_index]))
        next_index += 1


# -- String.prototype -----------------------------------------------------------------------
# Entries are registered in V8's property order.


def _create_html(this, method, tag, attribute, value):
    """CreateHTML (https://tc39.es/ecma262/#sec-createhtml)"""
    s = this_string(this, method)
    p1 = "<" + tag
    if attribute:
        v = to_string(value)
        p1 += " " + attribute + '="' + v.replace('"', "&quot;") + '"'
    return p1 + ">" + s + "</" + tag + ">"


def _html_method(name, tag, attribute=None):
    if attribute:
        def html_method(realm, this, args):
            return _create_html(this, name, tag, attribute, arg(args, 0))
    else:
        def html_method(realm, this, args):
            return _create_html(this, name, tag, None, undefined)
    html_method.__name__ = "string_" + name
    html_method.__doc__ = "https://tc39.es/ecma262/#sec-string.prototype." + name.lower()
    proto_methods.add(name, html_method, 1 if attribute else 0)


_html_method("anchor", "a", "name")


@proto_methods("at", 1)
def string_at(realm, this, args):
    """https://tc39.es/ecma262/#sec-string.prototype.at"""
    s = this_string(this, "at")
    n = len(s)
    rel = to_integer_or_infinity(arg(args, 0))
    k = rel if rel >= 0 else n + rel
    if k < 0 or k >= n:
        return undefined
    return s[k]


_html_method("big", "big")
_html_method("blink", "blink")
_html_method("bold", "b")


@proto_methods("charAt", 1)
def string_char_at(realm, this, args):
    """https://tc39.es/ecma262/#sec-string.prototype.charat"""
    s = this_string(this, "charAt")
    pos = to_integer_or_infinity(arg(args, 0))
    if pos < 0 or pos >= len(s):
        return ""
    return s[pos]


@proto_methods("charCodeAt", 1)
def string_char_code_at(realm, this, args):
    """https://tc39.es/ecma262/#sec-string.prototype.charcodeat"""
    s = this_string(this, "charCodeAt")
    pos = to_integer_or_infinity(arg(args, 0))
    if pos < 0 or pos >= len(s):
        return NAN
    return float(ord(s[pos]))


@proto_methods("codePointAt", 1)
def string_code_point_at(realm, this, args):
    """https://tc39.es/ecma262/#sec-string.prototype.codepointat"""
    s = this_string(this, "codePointAt")
    pos = to_integer_or_infinity(arg(args, 0))
    if pos < 0 or pos >= len(s):
        return undefined
    return float(code_point_at(s, pos))


@proto_methods("concat", 1)
def string_concat(realm, this, args):
    """https://tc39.es/ecma262/#sec-string.prototype.concat"""
    s = this_string(this, "concat")
    if not args:
        return s
    return s + "".join([a if type(a) is str else to_string(a) for a in args])


def _typeof_display(v):
    """V8's rendering of a non-callable in 'number 5 is not a function'."""
    t = type(v)
    if t is float:
        return "number " + number_to_string(v)
    if t is bool:
        return "boolean " + ("true" if v else "false")
    if t is str:
        return 'string "' + v + '"'
    if t is int:
        return "bigint"
    if t is JSSymbol:
        return "symbol"
    return "object"


def _get_method(v, key, returned_style):
    """GetMethod (https://tc39.es/ecma262/#sec-getmethod) with the message V8
    gives at each call site: 'number 5 is not a function' for replace, split
    and matchAll, "'5' returned for property 'Symbol(Symbol.match)' of object
    '#<Object>' is not a function" for replaceAll, match and search."""
    f = get_v(v, key)
    if f is undefined or f is null:
        return undefined
    if not is_callable(f):
        if returned_style:
            throw_type_error(f"'{no_side_effects_to_string(f)}' returned for property "
                             f"'{key.descriptive_string()}' of object "
                             f"'{no_side_effects_to_string(v)}' is not a function")
        throw_type_error(_typeof_display(f) + " is not a function")
    return f


def _reject_reg_exp(v, method):
    if is_reg_exp(v):
        throw_type_error(f"First argument to String.prototype.{method} must not be a "
                         "regular expression")


@proto_methods("endsWith", 1)
def string_ends_with(realm, this, args):
    """https://tc39.es/ecma262/#sec-string.prototype.endswith"""
    s = this_string(this, "endsWith")
    search = arg(args, 0)
    _reject_reg_exp(search, "endsWith")
    search = to_string(search)
    n = len(s)
    end_position = arg(args, 1)
    pos = n if end_position is undefined else to_integer_or_infinity(end_position)
    end = _clamp(pos, 0, n)
    start = end - len(search)
    if start < 0:
        return False
    return s.startswith(search, start, end)


_html_method("fontcolor", "font", "color")
_html_method("fontsize", "font", "size")
_html_method("fixed", "tt")


@proto_methods("includes", 1)
def string_includes(realm, this, args):
    """https://tc39.es/ecma262/#sec-string.prototype.includes"""
    s = this_string(this, "includes")
    search = arg(args, 0)
    _reject_reg_exp(search, "includes")
    search = to_string(search)
    start = _clamp(to_integer_or_infinity(arg(args, 1)), 0, len(s))
    return s.find(search, start) >= 0


@proto_methods("indexOf", 1)
def string_index_of(realm, this, args):
    """https://tc39.es/ecma262/#sec-string.prototype.indexof"""
    s = this_string(this, "indexOf")
    search = to_string(arg(args, 0))
    start = _clamp(to_integer_or_infinity(arg(args, 1)), 0, len(s))
    return float(s.find(search, start))


@proto_methods("isWellFormed", 0)
def string_is_well_formed(realm, this, args):
    """https://tc39.es/ecma262/#sec-string.prototype.iswellformed"""
    s = this_string(this, "isWellFormed")
    return s.isascii() or _LONE_SURROGATE.search(s) is None


_html_method("italics", "i")


@proto_methods("lastIndexOf", 1)
def string_last_index_of(realm, this, args):
    """https://tc39.es/ecma262/#sec-string.prototype.lastindexof"""
    s = this_string(this, "lastIndexOf")
    search = to_string(arg(args, 0))
    num_pos = to_number(arg(args, 1))
    pos = INF if num_pos != num_pos else to_integer_or_infinity(num_pos)
    start = _clamp(pos, 0, len(s))
    return float(s.rfind(search, 0, start + len(search)))


_html_method("link", "a", "href")


#: White space, punctuation and symbols in ICU root collation order (recorded
#: from node's localeCompare); they all sort before digits and letters.
_VARIABLE_ORDER = ("\t\n\x0b\x0c\r\u2028\u2029 \u3000\xa0_-\u2013\u2014,;:!\xa1?\xbf.\u2026"
                   "\xb7'\u2018\u2019\"\u201c\u201d\xab\xbb()[]{}\xa7\xb6@*/\\&#%\u2030\u2022`"
                   "\xb4^\xaf\xa8\xb8\xb0\xa9\xae\u2190\u2192+\xb1\xf7\xd7<=\u2260>\xac|\xa6~"
                   "\u221e\u2264\u2265\xa4\xa2$\xa3\xa5\u20ac")
_VARIABLE_RANK = {c: float(i) for i, c in enumerate(_VARIABLE_ORDER)}
# Where characters missing from the table go, by general category.
_UNLISTED_RANK = {"Z": -1.0, "P": _VARIABLE_RANK["`"] - 0.5, "S": _VARIABLE_RANK["\xa4"] - 0.5,
                  "Sc": _VARIABLE_RANK["\u20ac"] + 0.5}


#: Letters ICU sorts as another letter plus a secondary (accent-like) difference.
_SECONDARY_VARIANTS = {"\u00f8": "o", "\u0111": "d", "\u0142": "l", "\u0127": "h",
                       "\u0167": "t", "\u0180": "b", "\u01b6": "z", "\u0131": "i"}
#: The secondary weight marking a variant letter or an expansion (ß, ﬁ).
_VARIANT_MARK = (0x110000,)


def _collation_key(s):
    """A three-level sort key approximating ICU's root collation: base
    characters (white space, punctuation and symbols in ICU's order < digits
    by value < letters, case-folded < lone surrogates), then accents, then
    case (lower before upper).  Canonically equivalent strings get equal
    keys."""
    primary = []
    secondary = []
    tertiary = []
    for c in unicodedata.normalize("NFD", from_js_string(s)):
        if unicodedata.combining(c):
            if secondary:
                secondary[-1] += (ord(c),)
            continue
        case = 0 if c == c.lower() else 1
        rank = _VARIABLE_RANK.get(c)
        if rank is not None:
            primary.append((1, rank, ord(c)))
        else:
            cat = unicodedata.category(c)
            if c == "\ufffd":
                # A lone surrogate (or U+FFFD itself) sorts after everything, as in ICU.
                primary.append((9, 0.0, 0))
            elif cat == "Nd":
                primary.append((3, float(unicodedata.digit(c)), 0))
            elif cat[0] in "LNM":
                folded = [f for f in unicodedata.normalize("NFD", c.casefold())
                          if not unicodedata.combining(f)]
                mark = () if len(folded) == 1 and unicodedata.normalize("NFKD", c) == c \
                    else _VARIANT_MARK
                for f in folded:
                    base = _SECONDARY_VARIANTS.get(f)
                    primary.append((4, 0.0, ord(base or f)))
                    secondary.append(_VARIANT_MARK if base else mark)
                    tertiary.append(case)
                continue
            elif cat[0] in "ZPS":
                primary.append((1, _UNLISTED_RANK.get(cat, _UNLISTED_RANK[cat[0]]), ord(c)))
            else:
                continue  # controls and format characters are ignorable
        secondary.append(())
        tertiary.append(case)
    return primary, secondary, tertiary


@proto_methods("localeCompare", 1)
def string_locale_compare(realm, this, args):
    """https://tc39.es/ecma402/#sup-String.prototype.localeCompare

    Deviation: there is no ICU here; strings compare by an approximation of
    the root collation (see _collation_key), then by code units.  Locales and
    options are ignored.
    """
    s = this_string(this, "localeCompare")
    that = to_string(arg(args, 0))
    if s == that:
        return 0.0
    ks = _collation_key(s)
    kt = _collation_key(that)
    if ks == kt:
        return 0.0
    return -1.0 if ks < kt else 1.0


def _regexp_create(realm, pattern, flags):
    """RegExpCreate (https://tc39.es/ecma262/#sec-regexpcreate) through %RegExp%."""
    ctor = realm.intrinsics.get("%RegExp%")
    if ctor is None:
        throw_type_error("RegExp is not available in this realm")
    p = "" if pattern is undefined else to_string(pattern)
    return construct(ctor, [p] if flags is undefined else [p, flags])


def _delegate_to_regexp(realm, this, args, name, symbol):
    """The shared steps of match and search: the argument's own
    Symbol.match/Symbol.search if it has one, else a new RegExp's."""
    if this is undefined or this is null:
        throw_type_error(f"String.prototype.{name} called on null or undefined")
    regexp = arg(args, 0)
    if isinstance(regexp, JSObject):
        method = _get_method(regexp, symbol, True)
        if method is not undefined:
            return call(method, regexp, [this])
    s = to_string(this)
    rx = _regexp_create(realm, regexp, undefined)
    return invoke(rx, symbol, [s])


@proto_methods("match", 1)
def string_match(realm, this, args):
    """https://tc39.es/ecma262/#sec-string.prototype.match"""
    return _delegate_to_regexp(realm, this, args, "match", SYM_MATCH)


@proto_methods("matchAll", 1)
def string_match_all(realm, this, args):
    """https://tc39.es/ecma262/#sec-string.prototype.matchall"""
    o = this
    if o is undefined or o is null:
        throw_type_error("String.prototype.matchAll called on null or undefined")
    regexp = arg(args, 0)
    if isinstance(regexp, JSObject):
        if is_reg_exp(regexp):
            flags = regexp.get("flags", regexp)
            if flags is undefined or flags is null:
                throw_type_error("The .flags property of the argument to "
                                 "String.prototype.matchAll cannot be null or undefined")
            if "g" not in to_string(flags):
                throw_type_error("String.prototype.matchAll called with a non-global "
                                 "RegExp argument")
        matcher = _get_method(regexp, SYM_MATCH_ALL, False)
        if matcher is not undefined:
            return call(matcher, regexp, [o])
    s = to_string(o)
    rx = _regexp_create(realm, regexp, "g")
    return invoke(rx, SYM_MATCH_ALL, [s])


_NORMALIZATION_FORMS = ("NFC", "NFD", "NFKC", "NFKD")


@proto_methods("normalize", 0)
def string_normalize(realm, this, args):
    """https://tc39.es/ecma262/#sec-string.prototype.normalize"""
    s = this_string(this, "normalize")
    form = arg(args, 0)
    f = "NFC" if form is undefined else to_string(form)
    if f not in _NORMALIZATION_FORMS:
        throw_range_error("The normalization form should be one of NFC, NFD, NFKC, NFKD.")
    if s.isascii():
        return s
    return _map_well_formed(s, lambda text: unicodedata.normalize(f, text))


def _string_pad(this, args, method, at_start):
    """StringPad (https://tc39.es/ecma262/#sec-stringpad) with its argument steps."""
    s = this_string(this, method)
    int_max_length = to_length(arg(args, 0))
    n = len(s)
    if int_max_length <= n:
        return s
    fill_string = arg(args, 1)
    filler = " " if fill_string is undefined else to_string(fill_string)
    if not filler:
        return s
    _check_length(int_max_length)
    fill_len = int_max_length - n
    reps, rest = divmod(fill_len, len(filler))
    pad = filler * reps + filler[:rest]
    return pad + s if at_start else s + pad


@proto_methods("padEnd", 1)
def string_pad_end(realm, this, args):
    """https://tc39.es/ecma262/#sec-string.prototype.padend"""
    return _string_pad(this, args, "padEnd", False)


@proto_methods("padStart", 1)
def string_pad_start(realm, this, args):
    """https://tc39.es/ecma262/#sec-string.prototype.padstart"""
    return _string_pad(this, args, "padStart", True)


@proto_methods("repeat", 1)
def string_repeat(realm, this, args):
    """https://tc39.es/ecma262/#sec-string.prototype.repeat"""
    s = this_string(this, "repeat")
    count = arg(args, 0)
    count_number = count if type(count) is float else to_number(count)
    n = to_integer_or_infinity(count_number)
    if n < 0 or n == INF:
        throw_range_error("Invalid count value: " + number_to_string(count_number))
    if n == 0 or not s:
        return ""
    _check_length(len(s) * n)
    return s * n


def get_substitution(matched, string, position, captures, named_captures, template):
    """GetSubstitution (https://tc39.es/ecma262/#sec-getsubstitution): expand
    $$, $&, $`, $', $n, $nn and $<name> in ``template``.

    ``captures`` is the list of capture strings (or undefined) and
    ``named_captures`` an object or undefined.  RegExp's Symbol.replace uses
    it too.
    """
    if "$" not in template:
        return template
    string_length = len(string)
    result = []
    i = 0
    n = len(template)
    capture_count = len(captures)
    while i < n:
        c = template[i]
        if c != "$" or i + 1 >= n:
            # Copy a run of literal text at once.
            j = template.find("$", i + 1)
            if j < 0:
                j = n
            result.append(template[i:j])
            i = j
            continue
        nxt = template[i + 1]
        if nxt == "$":
            result.append("$")
            i += 2
        elif nxt == "`":
            result.append(string[:position])
            i += 2
        elif nxt == "&":
            result.append(matched)
            i += 2
        elif nxt == "'":
            tail_pos = min(position + len(matched), string_length)
            result.append(string[tail_pos:])
            i += 2
        elif "0" <= nxt <= "9":
            digit_count = 2 if i + 2 < n and "0" <= template[i + 2] <= "9" else 1
            index = int(template[i + 1:i + 1 + digit_count])
            if index > capture_count and digit_count == 2:
                # A two-digit reference past the last group is one digit
                # followed by a literal digit.
                digit_count = 1
                index = int(nxt)
            ref = template[i:i + 1 + digit_count]
            if 1 <= index <= capture_count:
                capture = captures[index - 1]
                if capture is not undefined:
                    result.append(capture)
            else:
                result.append(ref)
            i += 1 + digit_count
        elif nxt == "<":
            gt = template.find(">", i)
            if gt < 0 or named_captures is undefined:
                result.append("$<")
                i += 2
            else:
                group_name = template[i + 2:gt]
                capture = named_captures.get(group_name, named_captures)
                if capture is not undefined:
                    result.append(to_string(capture))
                i = gt + 1
        else:
            result.append("$")
            i += 1
    return "".join(result)


@proto_methods("replace", 2)
def string_replace(realm, this, args):
    """https://tc39.es/ecma262/#sec-string.prototype.replace"""
    o = this
    if o is undefined or o is null:
        throw_type_error("String.prototype.replace called on null or undefined")
    search_value = arg(args, 0)
    replace_value = arg(args, 1)
    if isinstance(search_value, JSObject):
        replacer = _get_method(search_value, SYM_REPLACE, False)
        if replacer is not undefined:
            return call(replacer, search_value, [o, replace_value])
    string = o if type(o) is str else to_string(o)
    search_string = search_value if type(search_value) is str else to_string(search_value)
    functional_replace = is_callable(replace_value)
    if not functional_replace:
        replace_value = to_string(replace_value)
    position = string.find(search_string)
    if position < 0:
        return string
    if functional_replace:
        replacement = to_string(replace_value.call(
            undefined, [search_string, float(position), string]))
    else:
        replacement = get_substitution(search_string, string, position, [], undefined,
                                       replace_value)
    return string[:position] + replacement + string[position + len(search_string):]


@proto_methods("replaceAll", 2)
def string_replace_all(realm, this, args):
    """https://tc39.es/ecma262/#sec-string.prototype.replaceall"""
    o = this
    if o is undefined or o is null:
        throw_type_error("String.prototype.replaceAll called on null or undefined")
    search_value = arg(args, 0)
    replace_value = arg(args, 1)
    if isinstance(search_value, JSObject):
        if is_reg_exp(search_value):
            flags = search_value.get("flags", search_value)
            # V8 words a null/undefined flags like a null receiver.
            if flags is undefined or flags is null:
                throw_type_error("String.prototype.replaceAll called on null or undefined")
            if "g" not in to_string(flags):
                throw_type_error("String.prototype.replaceAll called with a non-global "
                                 "RegExp argument")
        replacer = _get_method(search_value, SYM_REPLACE, True)
        if replacer is not undefined:
            return call(replacer, search_value, [o, replace_value])
    string = o if type(o) is str else to_string(o)
    search_string = search_value if type(search_value) is str else to_string(search_value)
    functional_replace = is_callable(replace_value)
    if not functional_replace:
        replace_value = to_string(replace_value)
    search_length = len(search_string)
    advance_by = max(1, search_length)
    match_positions = []
    position = string.find(search_string)
    while position >= 0:
        match_positions.append(position)
        position = string.find(search_string, position + advance_by)
    if not match_positions:
        return string
    end_of_last_match = 0
    result = []
    for p in match_positions:
        preserved = string[end_of_last_match:p]
        if functional_replace:
            replacement = to_string(replace_value.call(
                undefined, [search_string, float(p), string]))
        else:
            replacement = get_substitution(search_string, string, p, [], undefined,
                                           replace_value)
        result.append(preserved)
        result.append(replacement)
        end_of_last_match = p + search_length
    if end_of_last_match < len(string):
        result.append(string[end_of_last_match:])
    return "".join(result)


@proto_methods("search", 1)
def string_search(realm, this, args):
    """https://tc39.es/ecma262/#sec-string.prototype.search"""
    return _delegate_to_regexp(realm, this, args, "search", SYM_SEARCH)


@proto_methods("slice", 2)
def string_slice(realm, this, args):
    """https://tc39.es/ecma262/#sec-string.prototype.slice"""
    s = this_string(this, "slice")
    n = len(s)
    int_start = to_integer_or_infinity(arg(args, 0))
    if int_start < 0:
        start = max(n + int_start, 0) if int_start != -INF else 0
    else:
        start = min(int_start, n)
    end_arg = arg(args, 1)
    int_end = n if end_arg is undefined else to_integer_or_infinity(end_arg)
    if int_end < 0:
        end = max(n + int_end, 0) if int_end != -INF else 0
    else:
        end = min(int_end, n)
    if start >= end:
        return ""
    return s[int(start):int(end)]


_html_method("small", "small")


@proto_methods("split", 2)
def string_split(realm, this, args):
    """https://tc39.es/ecma262/#sec-string.prototype.split"""
    o = this
    if o is undefined or o is null:
        throw_type_error("String.prototype.split called on null or undefined")
    separator = arg(args, 0)
    limit = arg(args, 1)
    if isinstance(separator, JSObject):
        splitter = _get_method(separator, SYM_SPLIT, False)
        if splitter is not undefined:
            return call(splitter, separator, [o, limit])
    s = o if type(o) is str else to_string(o)
    lim = 0xFFFFFFFF if limit is undefined else to_uint32(limit)
    r = separator if type(separator) is str else to_string(separator)
    if lim == 0:
        return create_array_from_list([])
    if separator is undefined:
        return create_array_from_list([s])
    if not r:
        return create_array_from_list(list(s[:lim]))
    # Python's split on a non-empty separator is the spec's loop (an empty
    # S gives [S], as step 10 requires); the limit truncates.
    parts = s.split(r)
    if len(parts) > lim:
        del parts[lim:]
    return create_array_from_list(parts)


_html_method("strike", "strike")
_html_method("sub", "sub")


@proto_methods("substr", 2)
def string_substr(realm, this, args):
    """https://tc39.es/ecma262/#sec-string.prototype.substr (Annex B)"""
    s = this_string(this, "substr")
    size = len(s)
    int_start = to_integer_or_infinity(arg(args, 0))
    if int_start == -INF:
        int_start = 0
    elif int_start < 0:
        int_start = max(size + int_start, 0)
    else:
        int_start = min(int_start, size)
    length = arg(args, 1)
    int_length = size if length is undefined else to_integer_or_infinity(length)
    int_length = _clamp(int_length, 0, size)
    int_end = min(int_start + int_length, size)
    if int_start >= int_end:
        return ""
    return s[int(int_start):int(int_end)]


@proto_methods("substring", 2)
def string_substring(realm, this, args):
    """https://tc39.es/ecma262/#sec-string.prototype.substring"""
    s = this_string(this, "substring")
    n = len(s)
    int_start = to_integer_or_infinity(arg(args, 0))
    end_arg = arg(args, 1)
    int_end = n if end_arg is undefined else to_integer_or_infinity(end_arg)
    final_start = _clamp(int_start, 0, n)
    final_end = _clamp(int_end, 0, n)
    if final_start > final_end:
        final_start, final_end = final_end, final_start
    return s[int(final_start):int(final_end)]


_html_method("sup", "sup")


@proto_methods("startsWith", 1)
def string_starts_with(realm, this, args):
    """https://tc39.es/ecma262/#sec-string.prototype.startswith"""
    s = this_string(this, "startsWith")
    search = arg(args, 0)
    _reject_reg_exp(search, "startsWith")
    search = to_string(search)
    start = _clamp(to_integer_or_infinity(arg(args, 1)), 0, len(s))
    return s.startswith(search, start)


@proto_methods("toString", 0)
def string_to_string(realm, this, args):
    """https://tc39.es/ecma262/#sec-string.prototype.tostring"""
    return this_string_value(this, "toString")


@proto_methods("toWellFormed", 0)
def string_to_well_formed(realm, this, args):
    """https://tc39.es/ecma262/#sec-string.prototype.towellformed"""
    s = this_string(this, "toWellFormed")
    if s.isascii():
        return s
    return _LONE_SURROGATE.sub("\ufffd", s)


@proto_methods("trim", 0)
def string_trim(realm, this, args):
    """https://tc39.es/ecma262/#sec-string.prototype.trim"""
    return this_string(this, "trim").strip(JS_WHITESPACE)


# V8 names trimStart/trimEnd after their Annex B aliases in its messages.
@proto_methods("trimStart", 0)
def string_trim_start(realm, this, args):
    """https://tc39.es/ecma262/#sec-string.prototype.trimstart"""
    return this_string(this, "trimLeft").lstrip(JS_WHITESPACE)


@proto_methods("trimEnd", 0)
def string_trim_end(realm, this, args):
    """https://tc39.es/ecma262/#sec-string.prototype.trimend"""
    return this_string(this, "trimRight").rstrip(JS_WHITESPACE)


_LOCALE_TAG = re.compile(r"[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*\Z")


def _requested_language(locales):
    """The language subtag of the first requested locale (or None): enough
    to apply the Turkic/Azeri dotted-i rules of toLocale{Upper,Lower}Case."""
    if locales is undefined:
        return None
    if type(locales) is str:
        first = locales
    else:
        o = to_object(locales)
        if length_of_array_like(o) == 0:
            return None
        first = o.get("0", o)
        if type(first) is not str and not isinstance(first, JSObject):
            throw_type_error("Language ID should be string or object.")
        first = to_string(first)
    if not _LOCALE_TAG.match(first):
        throw_range_error("Incorrect locale information provided")
    return first.split("-")[0].lower()


def _to_lower(s):
    if s.isascii():
        return s.lower()
    return _map_well_formed(s, str.lower)


def _to_upper(s):
    if s.isascii():
        return s.upper()
    return _map_well_formed(s, str.upper)


@proto_methods("toLocaleLowerCase", 0)
def string_to_locale_lower_case(realm, this, args):
    """https://tc39.es/ecma402/#sup-string.prototype.tolocalelowercase

    Deviation: of the locale-sensitive mappings only Turkish/Azeri dotted
    and dotless i are applied."""
    s = this_string(this, "toLocaleLowerCase")
    if _requested_language(arg(args, 0)) in ("tr", "az"):
        s = s.replace("I\u0307", "i").replace("\u0130", "i").replace("I", "\u0131")
    return _to_lower(s)


@proto_methods("toLocaleUpperCase", 0)
def string_to_locale_upper_case(realm, this, args):
    """https://tc39.es/ecma402/#sup-string.prototype.tolocaleuppercase

    Deviation: of the locale-sensitive mappings only Turkish/Azeri dotted
    and dotless i are applied."""
    s = this_string(this, "toLocaleUpperCase")
    if _requested_language(arg(args, 0)) in ("tr", "az"):
        s = s.replace("i", "\u0130")
    return _to_upper(s)


@proto_methods("toLowerCase", 0)
def string_to_lower_case(realm, this, args):
    """https://tc39.es/ecma262/#sec-string.prototype.tolowercase (full Unicode
    mapping, final sigma included)"""
    return _to_lower(this_string(this, "toLowerCase"))


@proto_methods("toUpperCase", 0)
def string_to_upper_case(realm, this, args):
    """https://tc39.es/ecma262/#sec-string.prototype.touppercase (full Unicode
    mapping: 'ß' becomes 'SS')"""
    return _to_upper(this_string(this, "toUpperCase"))


@proto_methods("valueOf", 0)
def string_value_of(realm, this, args):
    """https://tc39.es/ecma262/#sec-string.prototype.valueof"""
    return this_string_value(this, "valueOf")


@proto_methods(SYM_ITERATOR, 0)
def string_iterator(realm, this, args):
    """https://tc39.es/ecma262/#sec-string.prototype-%symbol.iterator%"""
    if type(this) is str:
        s = this
    else:
        if this is undefined or this is null:
            throw_type_error("String.prototype[Symbol.iterator] called on null or undefined")
        s = to_string(this)
    return StringIterator(realm.string_iterator_prototype, s)


# -- %StringIteratorPrototype% ---------------------------------------------------------------


class StringIterator(JSObject):
    """A String Iterator (https://tc39.es/ecma262/#sec-createstringiterator):
    the iterated string (None once exhausted) and the next code unit index."""
    __slots__ = ("iterated_string", "next_index")

    def __init__(self, proto, s):
        JSObject.__init__(self, proto)
        self.iterated_string = s
        self.next_index = 0


@iterator_methods("next", 0)
def string_iterator_next(realm, this, args):
    """%StringIteratorPrototype%.next: the next code point."""
    if type(this) is not StringIterator:
        throw_type_error("Method String Iterator.prototype.next called on incompatible "
                         "receiver " + no_side_effects_to_string(this))
    s = this.iterated_string
    if s is None:
        return create_iter_result_object(undefined, True)
    i = this.next_index
    if i >= len(s):
        this.iterated_string = None
        return create_iter_result_object(undefined, True)
    c = s[i]
    if "\ud800" <= c <= "\udbff" and i + 1 < len(s) and "\udc00" <= s[i + 1] <= "\udfff":
        c = s[i:i + 2]
    this.next_index = i + len(c)
    return create_iter_result_object(c, False)


def setup(realm):
    proto = StringObject(realm.object_prototype, "")
    realm.string_prototype = proto
    c = make_constructor(realm, "String", 1, string_call, string_construct, proto)
    realm.string_constructor = c
    install(realm, c, statics)
    install(realm, proto, proto_methods)
    # trimLeft/trimRight are the very function objects of trimStart/trimEnd,
    # placed right after them as in V8.
    ordered = {}
    for key, value in proto.props.items():
        ordered[key] = value
        if key == "trimStart":
            ordered["trimLeft"] = Prop(value.value, True, False, True)
        elif key == "trimEnd":
            ordered["trimRight"] = Prop(value.value, True, False, True)
    proto.props = ordered
    realm.string_iterator_prop = proto.props[SYM_ITERATOR]

    it_proto = JSObject(realm.iterator_prototype)
    install(realm, it_proto, iterator_methods)
    it_proto.props[SYM_TO_STRING_TAG] = Prop("String Iterator", False, False, True)
    realm.string_iterator_prototype = it_proto
    realm.string_iterator_next_prop = it_proto.props["next"]

    realm.define_global("String", c)
    realm.register("%String%", c)
    realm.register("%String.prototype%", proto)
    realm.register("%StringIteratorPrototype%", it_proto)
