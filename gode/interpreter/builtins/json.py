"""The JSON object: JSON.parse and JSON.stringify.

Realm attributes: ``json_object``.
https://tc39.es/ecma262/#sec-json-object

JSON.parse runs Python's C-accelerated ``json`` scanner for the common case
(hooks turn its output into JS objects as it goes) and falls back to
:class:`JsonTextParser`, a port of V8's parser, whenever the fast path
rejects the text: the fallback either parses what CPython would not (there is
no such JSON today, but the fallback is complete) or raises the SyntaxError
with V8's exact message and position.  JSON.stringify follows the spec's
SerializeJSONProperty with fast paths for dense arrays and plain objects, and
words its circular-structure TypeError as V8 does.
"""

import json as _pyjson
import re

from ..runtime.values import undefined, null, SYM_TO_STRING_TAG, to_js_string
from ..runtime.objects import JSObject, JSArray, Prop, ordered_keys
from ..runtime.errors import throw_type_error, throw_syntax_error
from ..runtime.type_conversion import (to_string, to_number, to_integer_or_infinity,
                                       number_to_string)
from ..runtime.object_operations import (is_callable, get_v, length_of_array_like,
                                         enumerable_own_properties)
from ..runtime.operators import is_array
from .registry import Table, install, arg
from .wrappers import PrimitiveWrapper, StringObject

statics = Table()


# =============================================================================
# JSON.parse
# =============================================================================


@statics("parse", 2)
def json_parse(realm, this, args):
    """https://tc39.es/ecma262/#sec-json.parse"""
    text = to_string(arg(args, 0))
    reviver = arg(args, 1)
    unfiltered = parse_json_text(realm, text)
    if is_callable(reviver):
        root = JSObject(realm.object_prototype)
        root.create_data_property("", unfiltered)
        return internalize_json_property(root, "", reviver)
    return unfiltered


def internalize_json_property(holder, name, reviver):
    """https://tc39.es/ecma262/#sec-internalizejsonproperty"""
    val = holder.get(name, holder)
    if isinstance(val, JSObject):
        if is_array(val):
            keys = (str(i) for i in range(length_of_array_like(val)))
        else:
            keys = enumerable_own_properties(val, "key")
        for key in keys:
            new_element = internalize_json_property(val, key, reviver)
            if new_element is undefined:
                val.delete(key)
            else:
                val.create_data_property(key, new_element)
    return reviver.call(holder, [name, val])


# An escaped surrogate pair ("\ud83d\ude00") is the only way JSON text can make
# CPython build an astral character, which must be split back into UTF-16.
_ESCAPED_PAIR = re.compile(r"\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F]")


class _RejectedByFastPath(Exception):
    pass


def _reject_constant(name):
    # CPython accepts NaN / Infinity / -Infinity; JSON does not.
    raise _RejectedByFastPath(name)


def parse_json_text(realm, text):
    """ParseJSON's parse step (https://tc39.es/ecma262/#sec-ParseJSON): the
    JS value of ``text`` or a SyntaxError worded like V8's."""
    try:
        return _fast_parse(realm, text)
    except (ValueError, _RejectedByFastPath, RecursionError):
        pass
    return JsonTextParser(realm, text).parse()


def _fast_parse(realm, text):
    object_proto = realm.object_prototype
    array_proto = realm.array_prototype
    utf16 = "\\u" in text and _ESCAPED_PAIR.search(text) is not None

    def convert_list(items):
        # Python lists hold null as None, nested lists unconverted; objects
        # were already converted by the pairs hook (it runs innermost first).
        for i, v in enumerate(items):
            t = type(v)
            if t is list:
                items[i] = convert_list(v)
            elif v is None:
                items[i] = null
            elif utf16 and t is str:
                items[i] = to_js_string(v)
        return JSArray(array_proto, items)

    def object_hook(pairs):
        obj = JSObject(object_proto)
        props = obj.props
        for key, v in pairs:
            t = type(v)
            if t is list:
                v = convert_list(v)
            elif v is None:
                v = null
            elif utf16 and t is str:
                v = to_js_string(v)
            if utf16:
                key = to_js_string(key)
            # Duplicate keys: the last value wins in the first key's place,
            # as CreateDataProperty on an existing key does.
            props[key] = v
        return obj

    decoder = _pyjson.JSONDecoder(object_pairs_hook=object_hook, parse_int=float,
                                  parse_constant=_reject_constant)
    result = decoder.decode(text)
    t = type(result)
    if t is list:
        return convert_list(result)
    if result is None:
        return null
    if utf16 and t is str:
        return to_js_string(result)
    return result


# -- the exact parser (error reporting) -----------------------------------------

# JSON tokens as V8 classifies the character under the cursor.
_EOS, _STRING, _NUMBER, _ILLEGAL, _OTHER = range(5)
_JSON_WS = " \t\n\r"
_DIGITS = "0123456789"
_HEX = "0123456789abcdefABCDEF"
_SIMPLE_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n",
                   "r": "\r", "t": "\t"}
_PUNCTUATION = frozenset('{}[]:,tfn' + _JSON_WS)
#: Whole inputs V8 names without a token ('"undefined" is not valid JSON').
_SPECIAL_SOURCES = frozenset(["[object Object]", "undefined", "Infinity", "NaN"])
#: Characters of context either side of the bad token (V8's kMaxContextCharacters).
_CONTEXT = 10

_MSG_PROP_NAME_OR_RBRACE = "Expected property name or '}' in JSON at position %d"
_MSG_COMMA_OR_RBRACK = "Expected ',' or ']' after array element in JSON at position %d"
_MSG_COMMA_OR_RBRACE = "Expected ',' or '}' after property value in JSON at position %d"
_MSG_COLON = "Expected ':' after property name in JSON at position %d"
_MSG_QUOTED_PROP_NAME = "Expected double-quoted property name in JSON at position %d"
_MSG_EXPONENT = "Exponent part is missing a number in JSON at position %d"
_MSG_UNTERMINATED_STRING = "Unterminated string in JSON at position %d"
_MSG_UNTERMINATED_FRACTION = "Unterminated fractional number in JSON at position %d"
_MSG_CONTROL = "Bad control character in string literal in JSON at position %d"
_MSG_UNICODE_ESCAPE = "Bad Unicode escape in JSON at position %d"
_MSG_ESCAPE = "Bad escaped character in JSON at position %d"
_MSG_MINUS = "No number after minus sign in JSON at position %d"
_MSG_TRAILING = "Unexpected non-whitespace character after JSON at position %d"


class JsonTextParser:
    """A port of V8's JsonParser: same grammar, same error messages.

    Iterative (an explicit stack of open containers), so nesting depth is
    limited by memory only.
    """

    def __init__(self, realm, text):
        self.realm = realm
        self.text = text
        self.n = len(text)

    # -- errors ---------------------------------------------------------------

    def token_at(self, pos):
        if pos >= self.n:
            return _EOS
        c = self.text[pos]
        if c == '"':
            return _STRING
        if c == "-" or c in _DIGITS:
            return _NUMBER
        if c in _PUNCTUATION:
            return _OTHER
        return _ILLEGAL

    def fail(self, pos, message=None):
        """V8's ReportUnexpectedToken for the character at ``pos``."""
        if message is not None:
            throw_syntax_error(message % pos)
        token = self.token_at(pos)
        if token == _EOS:
            throw_syntax_error("Unexpected end of JSON input")
        if token == _NUMBER:
            throw_syntax_error(f"Unexpected number in JSON at position {pos}")
        if token == _STRING:
            throw_syntax_error(f"Unexpected string in JSON at position {pos}")
        src = self.text
        if src in _SPECIAL_SOURCES:
            throw_syntax_error(f'"{src}" is not valid JSON')
        ch = src[pos]
        n = self.n
        if n < 2 * _CONTEXT + 1:
            throw_syntax_error(f"Unexpected token '{ch}', \"{src}\" is not valid JSON")
        if pos < _CONTEXT:
            throw_syntax_error(f"Unexpected token '{ch}', \"{src[:pos + _CONTEXT]}\"... "
                               "is not valid JSON")
        if pos < n - _CONTEXT:
            throw_syntax_error(f"Unexpected token '{ch}', ...\"{src[pos - _CONTEXT:pos + _CONTEXT]}\""
                               "... is not valid JSON")
        throw_syntax_error(f"Unexpected token '{ch}', ...\"{src[pos - _CONTEXT:]}\" "
                           "is not valid JSON")

    # -- scanning -------------------------------------------------------------

    def skip_ws(self, pos):
        text, n = self.text, self.n
        while pos < n and text[pos] in _JSON_WS:
            pos += 1
        return pos

    def scan_literal(self, pos, word):
        """V8's ScanLiteral: ``text[pos]`` already equals ``word[0]``."""
        text = self.text
        if text.startswith(word, pos):
            return pos + len(word)
        remaining = self.n - pos
        pos += 1
        for i in range(min(len(word) - 1, remaining - 1)):
            if word[1 + i] != text[pos]:
                self.fail(pos)
            pos += 1
        self.fail(self.n)

    def scan_number(self, pos):
        text, n = self.text, self.n
        start = pos
        if text[pos] == "-":
            pos += 1
        if pos < n and text[pos] == "0":
            pos += 1
            if pos < n and text[pos] in _DIGITS:
                self.fail(pos)  # "Unexpected number": no leading zeros
        else:
            if pos >= n or text[pos] not in _DIGITS:
                self.fail(pos, _MSG_MINUS)
            while pos < n and text[pos] in _DIGITS:
                pos += 1
        if pos < n and text[pos] == ".":
            pos += 1
            if pos >= n or text[pos] not in _DIGITS:
                self.fail(pos, _MSG_UNTERMINATED_FRACTION)
            while pos < n and text[pos] in _DIGITS:
                pos += 1
        if pos < n and text[pos] in "eE":
            pos += 1
            if pos < n and text[pos] in "+-":
                pos += 1
            if pos >= n or text[pos] not in _DIGITS:
                self.fail(pos, _MSG_EXPONENT)
            while pos < n and text[pos] in _DIGITS:
                pos += 1
        return float(text[start:pos]), pos

    def scan_string(self, pos):
        """The string whose opening quote is at ``pos - 1``; returns (value, end)."""
        text, n = self.text, self.n
        parts = []
        run = pos
        while True:
            if pos >= n:
                self.fail(n, _MSG_UNTERMINATED_STRING)
            c = text[pos]
            if c == '"':
                parts.append(text[run:pos])
                return "".join(parts), pos + 1
            if c == "\\":
                parts.append(text[run:pos])
                pos += 1
                if pos >= n:
                    self.fail(n)
                e = text[pos]
                simple = _SIMPLE_ESCAPES.get(e)
                if simple is not None:
                    parts.append(simple)
                    pos += 1
                elif e == "u":
                    pos += 1
                    for k in range(4):
                        if pos + k >= n or text[pos + k] not in _HEX:
                            self.fail(pos + k, _MSG_UNICODE_ESCAPE)
                    parts.append(chr(int(text[pos:pos + 4], 16)))
                    pos += 4
                else:
                    self.fail(pos, _MSG_ESCAPE)
                run = pos
                continue
            if c < " ":
                self.fail(pos, _MSG_CONTROL)
            pos += 1

    # -- the grammar ------------------------------------------------------------

    def parse(self):
        text = self.text
        realm = self.realm
        # Each open container: [kind, container, pending_key, is_first_key].
        stack = []
        pos = 0
        while True:
            # Produce a value (or open a container and go on to its first member).
            pos = self.skip_ws(pos)
            c = text[pos] if pos < self.n else ""
            if c == '"':
                value, pos = self.scan_string(pos + 1)
            elif c == "-" or (c and c in _DIGITS):
                value, pos = self.scan_number(pos)
            elif c == "{":
                pos = self.skip_ws(pos + 1)
                if pos < self.n and text[pos] == "}":
                    value = JSObject(realm.object_prototype)
                    pos += 1
                else:
                    if pos >= self.n or text[pos] != '"':
                        self.fail(pos, _MSG_PROP_NAME_OR_RBRACE)
                    key, pos = self.scan_string(pos + 1)
                    pos = self.skip_ws(pos)
                    if pos >= self.n or text[pos] != ":":
                        self.fail(pos, _MSG_COLON)
                    stack.append(["object", JSObject(realm.object_prototype), key])
                    pos += 1
                    continue
            elif c == "[":
                pos = self.skip_ws(pos + 1)
                if pos < self.n and text[pos] == "]":
                    value = JSArray(realm.array_prototype, [])
                    pos += 1
                else:
                    stack.append(["array", [], None])
                    continue
            elif c == "t":
                value, pos = True, self.scan_literal(pos, "true")
            elif c == "f":
                value, pos = False, self.scan_literal(pos, "false")
            elif c == "n":
                value, pos = null, self.scan_literal(pos, "null")
            else:
                self.fail(pos)
            # Consume the value: store it in the open containers, closing
            # every one that ends here.
            while True:
                if not stack:
                    pos = self.skip_ws(pos)
                    if pos < self.n:
                        self.fail(pos, _MSG_TRAILING)
                    return value
                frame = stack[-1]
                pos = self.skip_ws(pos)
                if frame[0] == "object":
                    frame[1].props[frame[2]] = value
                    if pos < self.n and text[pos] == ",":
                        pos = self.skip_ws(pos + 1)
                        if pos >= self.n or text[pos] != '"':
                            self.fail(pos, _MSG_QUOTED_PROP_NAME)
                        frame[2], pos = self.scan_string(pos + 1)
                        pos = self.skip_ws(pos)
                        if pos >= self.n or text[pos] != ":":
                            self.fail(pos)
                        pos += 1
                        break
                    if pos >= self.n or text[pos] != "}":
                        self.fail(pos, _MSG_COMMA_OR_RBRACE)
                    value = frame[1]
                else:
                    frame[1].append(value)
                    if pos < self.n and text[pos] == ",":
                        pos += 1
                        break
                    if pos >= self.n or text[pos] != "]":
                        self.fail(pos, _MSG_COMMA_OR_RBRACK)
                    value = JSArray(realm.array_prototype, frame[1])
                stack.pop()
                pos += 1


# =============================================================================
# JSON.stringify
# =============================================================================


@statics("stringify", 3)
def json_stringify(realm, this, args):
    """https://tc39.es/ecma262/#sec-json.stringify"""
    value, replacer, space = arg(args, 0), arg(args, 1), arg(args, 2)
    state = _SerializationState()
    if isinstance(replacer, JSObject):
        if is_callable(replacer):
            state.replacer_function = replacer
        elif is_array(replacer):
            state.property_list = _property_list_from(replacer)
    # Step 5: unwrap Number / String objects given as the space.
    if isinstance(space, PrimitiveWrapper) and type(space.primitive_value) is float:
        space = to_number(space)
    elif isinstance(space, StringObject):
        space = to_string(space)
    if type(space) is float:
        count = min(10, to_integer_or_infinity(space))
        state.gap = " " * int(count) if count >= 1 else ""
    elif type(space) is str:
        state.gap = space[:10]
    wrapper = JSObject(realm.object_prototype)
    wrapper.create_data_property("", value)
    result = serialize_json_property(state, "", wrapper, wrapper.get("", wrapper))
    return undefined if result is None else result


def _property_list_from(replacer):
    """Step 4.b of JSON.stringify: the allow-list of keys from an array."""
    keys = []
    seen = set()
    for k in range(length_of_array_like(replacer)):
        v = replacer.get(str(k), replacer)
        if type(v) is str:
            item = v
        elif type(v) is float:
            item = number_to_string(v)
        elif isinstance(v, StringObject) or (isinstance(v, PrimitiveWrapper)
                                             and type(v.primitive_value) is float):
            item = to_string(v)
        else:
            continue
        if item not in seen:
            seen.add(item)
            keys.append(item)
    return keys


class _SerializationState:
    """The JSON Serialization Record (https://tc39.es/ecma262/#sec-json-serialization-record).

    ``stack`` holds (key, object) pairs, the key being how the object was
    reached (an int for array elements), for V8's circular-structure message.
    """
    __slots__ = ("replacer_function", "property_list", "gap", "indent", "stack", "on_stack")

    def __init__(self):
        self.replacer_function = None
        self.property_list = None
        self.gap = ""
        self.indent = ""
        self.stack = []
        self.on_stack = set()


def serialize_json_property(state, key, holder, value):
    """https://tc39.es/ecma262/#sec-serializejsonproperty

    ``value`` is Get(holder, key), done by the caller (so dense arrays can
    read their elements directly); ``key`` is a str, or an int index of an
    array, made a string only when JS code gets to see it.  Returns the JSON
    text or None for undefined.
    """
    t = type(value)
    if state.replacer_function is None:
        # Fast path: primitives without a replacer need none of steps 2-4.
        if t is str:
            return quote_json_string(value)
        if t is float:
            return number_to_string(value) if value - value == 0.0 else "null"
        if t is bool:
            return "true" if value else "false"
        if value is null:
            return "null"
        if value is undefined:
            return None
    if t is int or isinstance(value, JSObject):
        to_json = get_v(value, "toJSON")
        if is_callable(to_json):
            value = to_json.call(value, [key if type(key) is str else str(key)])
    if state.replacer_function is not None:
        value = state.replacer_function.call(holder, [key if type(key) is str else str(key), value])
    if isinstance(value, JSObject):
        # Step 4: unwrap boxed primitives (Number and String through the
        # observable ToNumber / ToString).
        if isinstance(value, PrimitiveWrapper):
            inner_type = type(value.primitive_value)
            if inner_type is float:
                value = to_number(value)
            elif inner_type is bool or inner_type is int:
                value = value.primitive_value
        elif isinstance(value, StringObject):
            value = to_string(value)
    t = type(value)
    if t is str:
        return quote_json_string(value)
    if t is float:
        if value - value == 0.0:  # finite
            return number_to_string(value)
        return "null"
    if t is bool:
        return "true" if value else "false"
    if value is null:
        return "null"
    if t is int:
        throw_type_error("bigint_json")
    if isinstance(value, JSObject) and not value.is_callable:
        if type(value) is JSArray or is_array(value):
            return serialize_json_array(state, key, value)
        return serialize_json_object(state, key, value)
    return None  # undefined, symbols, functions


def _enter(state, key, value):
    """Push ``value`` on the stack or throw V8's circular-structure TypeError."""
    if id(value) in state.on_stack:
        throw_type_error(_circular_message(state, key, value))
    state.stack.append((key, value))
    state.on_stack.add(id(value))


def _leave(state, value):
    state.stack.pop()
    state.on_stack.discard(id(value))


def serialize_json_object(state, key, value):
    """https://tc39.es/ecma262/#sec-serializejsonobject"""
    _enter(state, key, value)
    stepback = state.indent
    gap = state.gap
    state.indent = indent = stepback + gap
    colon = ": " if gap else ":"
    partial = []
    if state.property_list is not None:
        keys = state.property_list
    elif type(value) is JSObject:
        # Fast path for ordinary objects: the enumerable string keys from
        # storage, values read straight from it while they are plain data.
        props = value.props
        keys = [k for k in ordered_keys(props)
                if type(k) is str and (type(props[k]) is not Prop or props[k].enumerable)]
        for k in keys:
            v = props.get(k)
            if v is None or type(v) is Prop:
                v = value.get(k, value)
            s = serialize_json_property(state, k, value, v)
            if s is not None:
                partial.append(quote_json_string(k) + colon + s)
        keys = ()
    else:
        keys = enumerable_own_properties(value, "key")
    for k in keys:
        s = serialize_json_property(state, k, value, value.get(k, value))
        if s is not None:
            partial.append(quote_json_string(k) + colon + s)
    _leave(state, value)
    state.indent = stepback
    if not partial:
        return "{}"
    if not gap:
        return "{" + ",".join(partial) + "}"
    separator = ",\n" + indent
    return "{\n" + indent + separator.join(partial) + "\n" + stepback + "}"


def serialize_json_array(state, key, value):
    """https://tc39.es/ecma262/#sec-serializejsonarray"""
    _enter(state, key, value)
    stepback = state.indent
    gap = state.gap
    state.indent = indent = stepback + gap
    partial = []
    length = length_of_array_like(value)
    dense = type(value) is JSArray and value.elements is not None
    for i in range(length):
        if dense and i < len(value.elements):
            v = value.get_index(i)
        else:
            v = value.get(str(i), value)
        s = serialize_json_property(state, i, value, v)
        partial.append("null" if s is None else s)
    _leave(state, value)
    state.indent = stepback
    if not partial:
        return "[]"
    if not gap:
        return "[" + ",".join(partial) + "]"
    separator = ",\n" + indent
    return "[\n" + indent + separator.join(partial) + "\n" + stepback + "]"


def _circular_message(state, last_key, value):
    """V8's JsonStringifier::ConstructCircularStructureErrorMessage: the
    first object of the circle, up to two links after it, an ellipsis, the
    last link, and the key that closes the circle."""
    from ..inspect import internal_constructor_name
    stack = state.stack
    start = next(i for i, (_, o) in enumerate(stack) if o is value)
    lines = ["Converting circular structure to JSON",
             f"    --> starting at object with constructor "
             f"'{internal_constructor_name(stack[start][1])}'"]

    def link(i):
        k, o = stack[i]
        return f"    |     {_describe_key(k)} -> object with constructor '{internal_constructor_name(o)}'"

    index = start + 1
    prefix_end = min(len(stack), index + 2)
    while index < prefix_end:
        lines.append(link(index))
        index += 1
    if len(stack) > index + 1:
        lines.append("    |     ...")
    index = max(index, len(stack) - 1)
    while index < len(stack):
        lines.append(link(index))
        index += 1
    lines.append(f"    --- {_describe_key(last_key)} closes the circle")
    return "\n".join(lines)


def _describe_key(key):
    if type(key) is int:
        return f"index {key}"
    if key == "":
        return "<anonymous>"
    return f"property '{key}'"


# -- QuoteJSONString -----------------------------------------------------------------

_encode_basestring = _pyjson.encoder.encode_basestring
_SURROGATE = re.compile("[\ud800-\udfff]")
_LONE_SURROGATE = re.compile("[\ud800-\udbff][\udc00-\udfff]|([\ud800-\udfff])")


def _escape_lone(m):
    c = m.group(1)
    return m.group() if c is None else "\\u%04x" % ord(c)


def quote_json_string(s):
    """https://tc39.es/ecma262/#sec-quotejsonstring (well-formed: lone
    surrogates become \\udxxx).  CPython's encoder escapes exactly the same
    characters, with the same short forms and lowercase hex, and leaves
    surrogates alone, so only lone ones need a second pass."""
    out = _encode_basestring(s)
    if s.isascii() or not _SURROGATE.search(s):
        return out
    return _LONE_SURROGATE.sub(_escape_lone, out)


def setup(realm):
    json_object = JSObject(realm.object_prototype)
    realm.json_object = json_object
    install(realm, json_object, statics)
    json_object.define_builtin(SYM_TO_STRING_TAG, "JSON", writable=False)
    realm.define_global("JSON", json_object)
    realm.register("%JSON%", json_object)
    realm.register("%JSON.parse%", json_object.props["parse"].value)
    realm.register("%JSON.stringify%", json_object.props["stringify"].value)
