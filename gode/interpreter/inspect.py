"""node's ``util.inspect`` and ``util.format`` for JS values.

This module renders JS values exactly as node v20 prints them
(lib/internal/util/inspect.js): the same quoting and escaping, the same
``<ref *1>`` / ``[Circular *1]`` markers, the same depth cut-off, and the same
line breaking (breakLength 80, ``compact: 3``, arrays of short items grouped
into columns).  Everything works on JS strings (UTF-16 code units) in and out;
the console converts at the output edge.

It reads objects only through their internal methods, so it never runs user
code except where node does too (getters with ``getters: true``, custom
``[util.inspect.custom]`` methods, ``toString`` for ``%s``, ``Symbol.toStringTag``
getters, ``constructor.name``).

Families that need a special rendering (Map, Set, Date, RegExp, Promise,
typed arrays, ...) plug in with :func:`register_formatter`, keyed by their
objects' ``js_class``; the helpers they need (:func:`format_value`,
:func:`format_property`, :func:`get_prefix`, :func:`get_keys`,
:func:`remaining_text`, ...) are public.

It must not own any builtin object: util/console build on it.
"""

import math
import os
import re
import unicodedata

from .runtime.values import (undefined, null, JSSymbol, HOLE, SYM_ITERATOR, SYM_TO_STRING_TAG,
                             from_js_string, to_js_string)
from .runtime.objects import JSObject, JSArray, Prop, array_index, ordered_keys
from .runtime.errors import JSThrow
from .runtime.type_conversion import (to_string, to_number, number_to_string,
                                      JS_WHITESPACE, string_to_number)
from .runtime.object_operations import (is_callable, instance_of, ordinary_has_instance,
                                        is_proxy)
from .runtime.operators import is_array
from .runtime import agent as _agent

__all__ = [
    "inspect", "inspect_value", "format_args", "InspectContext", "register_formatter",
    "FormatPlan", "format_value", "format_property", "format_primitive", "format_number",
    "format_bigint", "get_prefix", "get_keys", "get_own_non_index_properties",
    "reduce_to_single_string", "remaining_text", "str_escape", "internal_constructor_name",
    "get_string_width", "strip_vt_control_characters", "inspect_custom_symbol",
    "make_inspect_function", "OBJECT_TYPE", "ARRAY_TYPE", "ARRAY_EXTRAS_TYPE",
]

#: How an entry list is laid out (node's kObjectType / kArrayType / kArrayExtrasType).
OBJECT_TYPE = 0
ARRAY_TYPE = 1
ARRAY_EXTRAS_TYPE = 2

#: node's inspectDefaultOptions.
DEFAULT_OPTIONS = {
    "showHidden": False,
    "depth": 2.0,
    "colors": False,
    "customInspect": True,
    "showProxy": False,
    "maxArrayLength": 100.0,
    "maxStringLength": 10000.0,
    "breakLength": 80.0,
    "compact": 3.0,
    "sorted": False,
    "getters": False,
    "numericSeparator": False,
}

#: Lines shorter than this are never split (node's kMinLineLength).
MIN_LINE_LENGTH = 16
INF = float("inf")

# -- colors -----------------------------------------------------------------------

#: SGR codes (open, close) of util.inspect.colors.
COLORS = {
    "reset": (0, 0), "bold": (1, 22), "dim": (2, 22), "italic": (3, 23),
    "underline": (4, 24), "blink": (5, 25), "inverse": (7, 27), "hidden": (8, 28),
    "strikethrough": (9, 29), "doubleunderline": (21, 24),
    "black": (30, 39), "red": (31, 39), "green": (32, 39), "yellow": (33, 39),
    "blue": (34, 39), "magenta": (35, 39), "cyan": (36, 39), "white": (37, 39),
    "bgBlack": (40, 49), "bgRed": (41, 49), "bgGreen": (42, 49), "bgYellow": (43, 49),
    "bgBlue": (44, 49), "bgMagenta": (45, 49), "bgCyan": (46, 49), "bgWhite": (47, 49),
    "framed": (51, 54), "overlined": (53, 55), "gray": (90, 39), "grey": (90, 39),
    "redBright": (91, 39), "greenBright": (92, 39), "yellowBright": (93, 39),
    "blueBright": (94, 39), "magentaBright": (95, 39), "cyanBright": (96, 39),
    "whiteBright": (97, 39), "bgGray": (100, 49), "bgRedBright": (101, 49),
    "bgGreenBright": (102, 49), "bgYellowBright": (103, 49), "bgBlueBright": (104, 49),
    "bgMagentaBright": (105, 49), "bgCyanBright": (106, 49), "bgWhiteBright": (107, 49),
}

#: util.inspect.styles: which color each kind of token gets ('name' stays plain).
STYLES = {
    "special": "cyan", "number": "yellow", "bigint": "yellow", "boolean": "yellow",
    "undefined": "grey", "null": "bold", "string": "green", "symbol": "green",
    "date": "magenta", "regexp": "red", "module": "underline",
}


def stylize_with_color(text, style_type):
    style = STYLES.get(style_type)
    if style is not None:
        color = COLORS.get(style)
        if color is not None:
            return f"\x1b[{color[0]}m{text}\x1b[{color[1]}m"
    return text


def stylize_no_color(text, style_type=None):
    return text


# -- the inspection context ------------------------------------------------------------


class InspectContext:
    """The ``ctx`` of node's inspect: options plus the walk's state.

    ``depth``, ``max_array_length``, ``max_string_length`` and
    ``break_length`` are floats (``inf`` for Infinity / null); ``compact`` is
    True, False or a number; ``sorted`` is a bool or a JS comparator;
    ``getters`` is a bool, 'get' or 'set'.
    """

    # Defaults (node's inspectDefaultOptions); instances override what the
    # caller passes, so a default context costs no option processing.
    show_hidden = False
    depth = 2.0
    depth_is_null = False
    colors = False
    custom_inspect = True
    show_proxy = False
    max_array_length = 100.0
    max_string_length = 10000.0
    break_length = 80.0
    compact = 3.0
    sorted = False
    getters = False
    numeric_separator = False

    def __init__(self, realm, options=None):
        self.realm = realm
        self.budget = {}
        self.indentation_lvl = 0
        self.seen = []
        self.current_depth = 0
        self.circular = None
        self.stylize = stylize_no_color
        self.user_options = None
        if options:
            self.set_options(options)

    def set_options(self, opts):
        """Apply the options present in ``opts`` (node option names)."""
        for key, value in opts.items():
            setter = _OPTION_SETTERS.get(key)
            if setter is not None:
                setter(self, value)
        if opts.get("stylize") is not None:
            self.stylize = opts["stylize"]
        # As in node, colors win over a user-supplied stylize.
        if _truthy(self.colors):
            self.stylize = stylize_with_color

    def options(self):
        """The current options as a dict (for nested inspect calls)."""
        return {
            "showHidden": self.show_hidden,
            "depth": null if self.depth_is_null else self.depth,
            "colors": self.colors, "customInspect": self.custom_inspect,
            "showProxy": self.show_proxy, "maxArrayLength": self.max_array_length,
            "maxStringLength": self.max_string_length, "breakLength": self.break_length,
            "compact": self.compact, "sorted": self.sorted, "getters": self.getters,
            "numericSeparator": self.numeric_separator,
        }

    def past_depth(self, recurse_times):
        return recurse_times > self.depth


def _set_depth(ctx, v):
    ctx.depth_is_null = v is null or v is None
    ctx.depth = INF if ctx.depth_is_null else _as_float(v)


def _float_or_inf(v):
    return INF if v is null or v is None else _as_float(v)


_OPTION_SETTERS = {
    "showHidden": lambda ctx, v: setattr(ctx, "show_hidden", _truthy(v)),
    "depth": _set_depth,
    "colors": lambda ctx, v: setattr(ctx, "colors", v),
    "customInspect": lambda ctx, v: setattr(ctx, "custom_inspect", v),
    "showProxy": lambda ctx, v: setattr(ctx, "show_proxy", v),
    "maxArrayLength": lambda ctx, v: setattr(ctx, "max_array_length", _float_or_inf(v)),
    "maxStringLength": lambda ctx, v: setattr(ctx, "max_string_length", _float_or_inf(v)),
    "breakLength": lambda ctx, v: setattr(ctx, "break_length", _as_float(v)),
    "compact": lambda ctx, v: setattr(ctx, "compact", v if type(v) is bool else _as_float(v)),
    "sorted": lambda ctx, v: setattr(ctx, "sorted", v),
    "getters": lambda ctx, v: setattr(ctx, "getters", v),
    "numericSeparator": lambda ctx, v: setattr(ctx, "numeric_separator", v),
}


def _as_float(v):
    if type(v) is float:
        return v
    if type(v) is bool:
        return 1.0 if v else 0.0
    if type(v) is int:
        return float(v)
    if v is undefined or v is None:
        return math.nan
    try:
        return to_number(v)
    except JSThrow:
        return math.nan


def _truthy(v):
    if v is undefined or v is null or v is None or v is False:
        return False
    if type(v) is float:
        return not (v == 0 or v != v)
    if type(v) is str:
        return v != ""
    if type(v) is int:
        return v != 0
    return True


# -- public entry points ---------------------------------------------------------------------


def inspect(value, options=None, realm=None):
    """``util.inspect(value, options)`` with ``options`` a dict keyed by node's
    option names (``{'depth': 4.0, 'colors': True}``).  Returns a JS string."""
    realm = realm or _agent.current_realm()
    ctx = InspectContext(realm, options)
    return format_value(ctx, value, 0)


def inspect_value(value, realm=None):
    """util.inspect with the default options (what console.log shows)."""
    realm = realm or _agent.current_realm()
    return format_value(InspectContext(realm), value, 0)


# -- registry of family formatters --------------------------------------------------------

_FORMATTERS = {}


class FormatPlan:
    """What a family formatter tells :func:`format_raw` to print.

    ``entries(ctx, value, recurse_times)`` returns the list of entry strings
    printed inside ``braces`` before the own ``keys`` (formatted as
    properties); ``base`` precedes the braces; ``extras_type`` chooses the
    layout (ARRAY_EXTRAS_TYPE groups and prints keys as ``key: value``).
    """
    __slots__ = ("base", "braces", "entries", "keys", "extras_type")

    def __init__(self, braces, keys, entries=None, base="", extras_type=OBJECT_TYPE):
        self.base = base
        self.braces = list(braces)
        self.entries = entries
        self.keys = keys
        self.extras_type = extras_type


def register_formatter(js_class, formatter, iterable=False):
    """Make objects whose ``js_class`` is ``js_class`` print through ``formatter``.

    ``formatter(ctx, value, recurse_times, constructor, tag, typed_array)``
    returns a finished string (an early return such as ``Map(0) {}``) or a
    :class:`FormatPlan`.  ``constructor`` is the constructor name or None for
    a null prototype; ``tag`` the Symbol.toStringTag to show ('' for none).
    ``iterable`` families (Map, Set, typed arrays, their iterators) are
    checked where node checks them: before functions and plain objects, when
    the value has Symbol.iterator or a null prototype; the others after.
    Depth cut-off, circular references, custom inspect and line breaking are
    handled around the formatter.
    """
    _FORMATTERS[js_class] = (formatter, iterable)


# -- strings ------------------------------------------------------------------------------

_META = (
    ["\\x%02X" % i for i in range(0x20)] + [""] * (0x7F - 0x20) + ["\\x7F"]
    + ["\\x%02X" % i for i in range(0x80, 0xA0)]
)
_META[0x08] = "\\b"
_META[0x09] = "\\t"
_META[0x0A] = "\\n"
_META[0x0C] = "\\f"
_META[0x0D] = "\\r"
_META[0x27] = "\\'"
_META[0x5C] = "\\\\"

_LONE = r"[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]"
_ESCAPE_SEQUENCES = re.compile(r"[\x00-\x1f\x27\x5c\x7f-\x9f]|" + _LONE)
_ESCAPE_SEQUENCES_SINGLE = re.compile(r"[\x00-\x1f\x5c\x7f-\x9f]|" + _LONE)
_KEY_STR = re.compile(r"[a-zA-Z_][a-zA-Z_0-9]*\Z")
_NUMBER_KEY = re.compile(r"(?:0|[1-9][0-9]*)\Z")


def _escape_fn(m):
    code = ord(m.group())
    return _META[code] if code < len(_META) else "\\u%x" % code


def str_escape(s):
    """Quote ``s`` as node does: single quotes unless the string has one,
    then double quotes, then backticks; escape control characters, C1
    controls, lone surrogates and the backslash."""
    escape = _ESCAPE_SEQUENCES
    quote = "'"
    if "'" in s:
        if '"' not in s:
            quote = '"'
        elif "`" not in s and "${" not in s:
            quote = "`"
        if quote != "'":
            escape = _ESCAPE_SEQUENCES_SINGLE
    if escape.search(s) is not None:
        s = escape.sub(_escape_fn, s)
    return quote + s + quote


_SPLIT_LINES = re.compile(r"(?<=\n)")


def format_primitive(fn, value, ctx):
    t = type(value)
    if t is str:
        trailer = ""
        if len(value) > ctx.max_string_length:
            remaining = len(value) - int(ctx.max_string_length)
            value = value[:int(ctx.max_string_length)]
            trailer = f"... {remaining} more character{'s' if remaining > 1 else ''}"
        if (ctx.compact is not True and len(value) > MIN_LINE_LENGTH
                and len(value) > ctx.break_length - ctx.indentation_lvl - 4):
            lines = [line for line in _SPLIT_LINES.split(value)]
            if lines and lines[-1] == "" and len(lines) > 1:
                lines.pop()
            joiner = " +\n" + " " * (ctx.indentation_lvl + 2)
            return joiner.join(fn(str_escape(line), "string") for line in lines) + trailer
        return fn(str_escape(value), "string") + trailer
    if t is float:
        return format_number(fn, value, ctx.numeric_separator)
    if t is int:
        return format_bigint(fn, value, ctx.numeric_separator)
    if t is bool:
        return fn("true" if value else "false", "boolean")
    if value is undefined:
        return fn("undefined", "undefined")
    return fn(value.descriptive_string(), "symbol")


def _add_numeric_separator(s):
    result = ""
    i = len(s)
    start = 1 if s[0] == "-" else 0
    while i >= start + 4:
        result = "_" + s[i - 3:i] + result
        i -= 3
    return s if i == len(s) else s[:i] + result


def _add_numeric_separator_end(s):
    result = ""
    i = 0
    while i < len(s) - 3:
        result += s[i:i + 3] + "_"
        i += 3
    return s if i == 0 else result + s[i:]


def format_number(fn, number, numeric_separator=False):
    if not _truthy(numeric_separator):
        if number == 0 and math.copysign(1.0, number) < 0:
            return fn("-0", "number")
        return fn(number_to_string(number), "number")
    s = number_to_string(number)
    if number != number:
        return fn(s, "number")
    if number in (INF, -INF):
        return fn(s, "number")
    if float(int(number)) == number:
        if "e" in s:
            return fn(s, "number")
        return fn(_add_numeric_separator(s), "number")
    dot = s.find(".")
    if dot == -1 or "e" in s:
        return fn(s, "number")
    return fn(_add_numeric_separator(s[:dot]) + "." + _add_numeric_separator_end(s[dot + 1:]),
              "number")


def format_bigint(fn, bigint, numeric_separator=False):
    s = str(bigint)
    if not _truthy(numeric_separator):
        return fn(s + "n", "bigint")
    return fn(_add_numeric_separator(s) + "n", "bigint")


def remaining_text(remaining):
    return f"... {remaining} more item{'s' if remaining > 1 else ''}"


# -- string width ---------------------------------------------------------------------

_ANSI = re.compile(
    "[\u001B\u009B][\\[\\]()#;?]*"
    "(?:(?:(?:(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]+)*"
    "|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]*)*)?"
    "(?:\u0007|\u001B\u005C|\u009C))"
    "|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?"
    "[\\dA-PR-TZcf-nq-uy=><~]))")


def strip_vt_control_characters(s):
    """util.stripVTControlCharacters: remove ANSI escape sequences."""
    return _ANSI.sub("", s)


_ZERO_WIDTH_CATEGORIES = frozenset(["Cc", "Cf", "Me", "Mn"])


def _column_width(cp):
    """Columns of one code point, as node's ICU-based GetColumnWidth."""
    ch = chr(cp)
    eaw = unicodedata.east_asian_width(ch)
    if eaw in ("F", "W"):
        return 2
    if cp != 0xAD and (unicodedata.category(ch) in _ZERO_WIDTH_CATEGORIES
                       or 0x1F3FB <= cp <= 0x1F3FF):
        return 0
    return 1


def get_string_width(s, remove_control_chars=True):
    """Columns ``s`` (a JS string) takes on a terminal (node's getStringWidth)."""
    if remove_control_chars:
        s = strip_vt_control_characters(s)
    width = 0
    for i, ch in enumerate(s):
        code = ord(ch)
        if code >= 127:
            rest = unicodedata.normalize("NFC", from_js_string(s[i:]))
            return width + sum(_column_width(ord(c)) for c in rest)
        if code >= 32:
            width += 1
    return width


# -- keys and names ----------------------------------------------------------------------


def _own_enumerable(value, key):
    p = value.get_own_property(key)
    return p is not None and p.enumerable


def get_keys(value, show_hidden):
    """node's getKeys: Object.keys (or all own names with showHidden) plus
    the (enumerable) own symbols."""
    keys = value.own_property_keys()
    if show_hidden:
        return keys
    if type(value) is JSObject:
        props = value.props
        out = []
        for k in keys:
            v = props[k]
            if type(v) is not Prop or v.enumerable:
                out.append(k)
        return out
    return [k for k in keys if _own_enumerable(value, k)]


def get_own_non_index_properties(value, show_hidden):
    """node's getOwnNonIndexProperties: own keys that are not array indices,
    only the enumerable ones unless ``show_hidden``."""
    out = []
    if type(value) is JSArray and value.elements is not None:
        # A dense array keeps its indices out of ``props``.
        if show_hidden:
            out.append("length")
        keys = ordered_keys(value.props)
    else:
        keys = value.own_property_keys()
    for k in keys:
        if type(k) is str and array_index(k) >= 0:
            continue
        if show_hidden or _own_enumerable(value, k):
            out.append(k)
    return out


def _own_data_value(o, key):
    """The value of an own data property, without running getters."""
    if is_proxy(o):
        return undefined
    p = o.get_own_property(key)
    if p is None or p.accessor:
        return undefined
    return p.value


def _function_debug_name(f):
    name = getattr(f, "function_name", None)
    if type(name) is str:
        return name
    n = _own_data_value(f, "name")
    return n if type(n) is str else ""


def internal_constructor_name(obj):
    """V8's JSReceiver::GetConstructorName, which node's inspect and V8's
    messages ('object with constructor 'Foo'') use: the constructor an
    instance was made by, else the first own Symbol.toStringTag or inherited
    ``constructor`` data property along the prototype chain, else the
    object's class name.  Never runs user code.

    V8 reads the constructor from the object's hidden class; we approximate
    it by the prototype's ``constructor`` when that function's ``prototype``
    is that very prototype (what ``new F()`` produces).
    """
    proto = obj.get_prototype_of() if not is_proxy(obj) else None
    if proto is not None:
        c = _own_data_value(proto, "constructor")
        if is_callable(c) and _own_data_value(c, "prototype") is proto:
            name = _function_debug_name(c)
            if name and name != "Object":
                return name
    o = obj
    while o is not None:
        tag = _own_data_value(o, SYM_TO_STRING_TAG)
        if type(tag) is str:
            return tag
        if o is not obj:
            c = _own_data_value(o, "constructor")
            if is_callable(c):
                name = _function_debug_name(c)
                if name and name != "Object":
                    return name
        if is_proxy(o):
            break
        o = o.get_prototype_of()
    return obj.js_class


def _builtin_names(realm):
    """node's builtInObjects: the global names of the builtin constructors and
    namespaces (captured the first time they are needed)."""
    names = getattr(realm, "inspect_builtin_names", None)
    if names is None:
        pattern = re.compile(r"[A-Z][a-zA-Z0-9]+\Z")
        names = frozenset(k for k in realm.global_object.props
                          if type(k) is str and pattern.match(k))
        realm.inspect_builtin_names = names
    return names


def _safe_get(o, key):
    try:
        return o.get(key, o)
    except JSThrow:
        return undefined


def _is_instanceof(obj, ctor):
    try:
        return instance_of(obj, ctor)
    except JSThrow:
        return False


_UNSET = object()


def _plainly_made_by(realm, ctor, proto):
    """Whether `tmp instanceof ctor` is sure to hold without running it:
    ``ctor`` uses the original Function.prototype[Symbol.hasInstance]
    (non-writable, so only an own or inherited override can differ) and
    its ``prototype`` is ``proto``, an object on tmp's proxy-free chain."""
    from .runtime.values import SYM_HAS_INSTANCE
    if getattr(ctor, "bound_target", None) is not None or is_proxy(ctor):
        return False
    original = realm.function_prototype.props.get(SYM_HAS_INSTANCE)
    if type(original) is Prop:
        original = original.value
    return (original is not None and ctor.get(SYM_HAS_INSTANCE, ctor) is original
            and ctor.get("prototype", ctor) is proto)


def get_constructor_name(obj, ctx, recurse_times, proto_props):
    """node's getConstructorName: the name to print before the braces, or
    None for a null prototype chain without a constructor."""
    realm = ctx.realm
    first_proto = _UNSET
    tmp = obj
    well_known = ((realm.object_prototype, "Object", "object_constructor"),
                  (realm.function_prototype, "Function", "function_constructor"))
    # While the walk met no Proxy, reaching Object.prototype (or
    # Function.prototype) strictly above tmp on its own chain already proves
    # `Object[Symbol.hasInstance](tmp)`: their `prototype` is immutable.
    saw_proxy = False
    while obj is not None:
        if is_proxy(obj):
            saw_proxy = True
        for proto, name, attr in well_known:
            if obj is proto:
                ctor = getattr(realm, attr, None)
                if ctor is not None and ((obj is not tmp and not saw_proxy)
                                         or ordinary_has_instance(ctor, tmp)):
                    if proto_props is not None and first_proto is not obj:
                        _add_prototype_properties(
                            ctx, tmp, tmp if first_proto is _UNSET else first_proto,
                            recurse_times, proto_props)
                    return name
        desc = obj.get_own_property("constructor")
        if desc is not None and not desc.accessor and is_callable(desc.value):
            ctor = desc.value
            name = ctor.get("name", ctor)
            if name != "" and ((obj is not tmp and not saw_proxy
                                and _plainly_made_by(realm, ctor, obj))
                               or _is_instanceof(tmp, ctor)):
                name = _js_string(name)
                if proto_props is not None and (first_proto is not obj
                                                or name not in _builtin_names(realm)):
                    _add_prototype_properties(
                        ctx, tmp, tmp if first_proto is _UNSET else first_proto,
                        recurse_times, proto_props)
                return name
        obj = obj.get_prototype_of()
        if first_proto is _UNSET:
            first_proto = obj
    if first_proto is None:
        return None
    res = internal_constructor_name(tmp)
    if ctx.past_depth(recurse_times):
        return f"{res} <Complex prototype>"
    proto_constr = get_constructor_name(first_proto, ctx, recurse_times + 1, proto_props)
    if proto_constr is None:
        opts = ctx.options()
        opts["customInspect"] = False
        opts["depth"] = -1.0
        sub = InspectContext(ctx.realm, opts)
        sub.stylize = ctx.stylize
        return f"{res} <{format_value(sub, first_proto, 0)}>"
    return f"{res} <{proto_constr}>"


def _add_prototype_properties(ctx, main, obj, recurse_times, output):
    """node's addPrototypeProperties (showHidden): list the non-function
    properties user code put on up to three prototype layers."""
    depth = 0
    keys = None
    key_set = None
    builtins = _builtin_names(ctx.realm)
    while True:
        if depth != 0 or main is obj:
            obj = obj.get_prototype_of()
            if obj is None:
                return
            desc = obj.get_own_property("constructor")
            if (desc is not None and not desc.accessor and is_callable(desc.value)
                    and _js_string(desc.value.get("name", desc.value)) in builtins):
                return
        if depth == 0:
            key_set = set()
        else:
            key_set.update(keys)
        keys = obj.own_property_keys()
        ctx.seen.append(main)
        for key in keys:
            if key == "constructor" or main.get_own_property(key) is not None or (
                    depth != 0 and key in key_set):
                continue
            desc = obj.get_own_property(key)
            if desc is None or (not desc.accessor and is_callable(desc.value)):
                continue
            value = format_property(ctx, obj, recurse_times, key, OBJECT_TYPE, desc, main)
            output.append(f"\x1b[2m{value}\x1b[22m" if _truthy(ctx.colors) else value)
        ctx.seen.pop()
        depth += 1
        if depth == 3:
            return


def get_prefix(constructor, tag, fallback, size=""):
    if constructor is None:
        if tag != "" and fallback != tag:
            return f"[{fallback}{size}: null prototype] [{tag}] "
        return f"[{fallback}{size}: null prototype] "
    if tag != "" and constructor != tag:
        return f"{constructor}{size} [{tag}] "
    return f"{constructor}{size} "


def _get_ctx_style(value, constructor, tag):
    fallback = ""
    if constructor is None:
        fallback = internal_constructor_name(value)
        if fallback == tag:
            fallback = "Object"
    return get_prefix(constructor, tag, fallback)


def _js_string(v):
    """String(v): like ToString but symbols give their descriptive string."""
    if type(v) is JSSymbol:
        return v.descriptive_string()
    return to_string(v)


# -- custom inspect -------------------------------------------------------------------------

INSPECT_CUSTOM_KEY = "nodejs.util.inspect.custom"


def inspect_custom_symbol(realm):
    """util.inspect.custom: Symbol.for('nodejs.util.inspect.custom')."""
    registry = realm.symbol_registry
    sym = registry.get(INSPECT_CUSTOM_KEY)
    if sym is None:
        sym = JSSymbol(INSPECT_CUSTOM_KEY, registered_key=INSPECT_CUSTOM_KEY)
        registry[INSPECT_CUSTOM_KEY] = sym
    return sym


def _user_options_object(ctx):
    """node's getUserOptions: the options object a custom inspect method gets."""
    from .runtime.function import BuiltinFunction
    realm = ctx.realm
    o = JSObject(realm.object_prototype)
    stylize = ctx.stylize

    def js_stylize(realm_, this, args):
        text = to_string(args[0]) if args else "undefined"
        flavour = args[1] if len(args) > 1 else undefined
        return stylize(text, flavour if type(flavour) is str else None)

    o.props["stylize"] = BuiltinFunction(realm, js_stylize, "stylize", 2)
    opts = ctx.options()
    for key, v in opts.items():
        if key == "sorted" and not isinstance(v, JSObject):
            v = bool(v) if not isinstance(v, bool) else v
        if v is None:
            v = null
        if type(v) is int:
            v = float(v)
        o.props[key] = v
    if ctx.user_options is not None:
        for key in ctx.user_options.own_property_keys():
            p = ctx.user_options.get_own_property(key)
            if p is not None and p.enumerable:
                o.props[key] = ctx.user_options.get(key, ctx.user_options)
    return o


# -- the walk -------------------------------------------------------------------------------


def format_value(ctx, value, recurse_times, typed_array=False):
    """node's formatValue.  Callers that format a nested value directly must
    raise ``ctx.indentation_lvl`` around the call as format_property does."""
    if not isinstance(value, JSObject):
        if value is null:
            return ctx.stylize("null", "null")
        return format_primitive(ctx.stylize, value, ctx)
    context = value
    if is_proxy(value):
        target = getattr(value, "proxy_target", None)
        handler = getattr(value, "proxy_handler", None)
        if target is None or handler is None:
            return ctx.stylize("<Revoked Proxy>", "special")
        if _truthy(ctx.show_proxy):
            return _format_proxy(ctx, target, handler, recurse_times)
        # Look through (possibly nested) proxies without running any trap.
        while is_proxy(value):
            inner = getattr(value, "proxy_target", None)
            if inner is None:
                return ctx.stylize("<Revoked Proxy>", "special")
            value = inner
    if _truthy(ctx.custom_inspect):
        realm = ctx.realm
        sym = realm.symbol_registry.get(INSPECT_CUSTOM_KEY)
        if sym is not None:
            maybe_custom = value.get(sym, value)
            if (is_callable(maybe_custom)
                    and maybe_custom is not getattr(realm, "inspect_function", None)
                    and not _is_prototype_object(value)):
                if ctx.depth_is_null:
                    depth = null
                else:
                    depth = ctx.depth - recurse_times
                ret = maybe_custom.call(context, [depth, _user_options_object(ctx),
                                                  make_inspect_function(realm)])
                if ret is not context:
                    if type(ret) is not str:
                        return format_value(ctx, ret, recurse_times)
                    return ret.replace("\n", "\n" + " " * ctx.indentation_lvl)
    for seen in ctx.seen:
        if seen is value:
            index = 1
            if ctx.circular is None:
                ctx.circular = {id(value): 1}
            else:
                index = ctx.circular.get(id(value))
                if index is None:
                    index = len(ctx.circular) + 1
                    ctx.circular[id(value)] = index
            return ctx.stylize(f"[Circular *{index}]", "special")
    return format_raw(ctx, value, recurse_times, typed_array)


def _is_prototype_object(value):
    """``value.constructor && value.constructor.prototype === value``."""
    c = value.get("constructor", value)
    if not _truthy(c):
        return False
    if isinstance(c, JSObject):
        return c.get("prototype", c) is value
    return False


def _format_proxy(ctx, target, handler, recurse_times):
    if ctx.past_depth(recurse_times):
        return ctx.stylize("Proxy [Array]", "special")
    recurse_times += 1
    ctx.indentation_lvl += 2
    res = [format_value(ctx, target, recurse_times), format_value(ctx, handler, recurse_times)]
    ctx.indentation_lvl -= 2
    return reduce_to_single_string(ctx, res, "", ["Proxy [", "]"], ARRAY_EXTRAS_TYPE,
                                   recurse_times)


def _to_string_tag(ctx, value):
    try:
        tag = value.get(SYM_TO_STRING_TAG, value)
    except JSThrow:
        raise
    if type(tag) is not str or tag == "":
        return ""
    own = value.get_own_property(SYM_TO_STRING_TAG)
    if own is not None and (ctx.show_hidden or own.enumerable):
        return ""
    return tag


def format_raw(ctx, value, recurse_times, typed_array=False):
    """node's formatRaw: choose the braces, the prefix and the entries."""
    proto_props = [] if ctx.show_hidden and not ctx.past_depth(recurse_times) else None
    constructor = get_constructor_name(value, ctx, recurse_times, proto_props)
    if proto_props is not None and not proto_props:
        proto_props = None
    tag = _to_string_tag(ctx, value)
    base = ""
    formatter = None
    braces = None
    keys = None
    extras_type = OBJECT_TYPE
    no_iterator = True
    family = _FORMATTERS.get(value.js_class)

    if constructor is None or value.has_property(SYM_ITERATOR):
        no_iterator = False
        if is_array(value):
            length = _array_length(value)
            prefix = (get_prefix(constructor, tag, "Array", f"({length})")
                      if constructor != "Array" or tag != "" else "")
            keys = get_own_non_index_properties(value, ctx.show_hidden)
            braces = [prefix + "[", "]"]
            if length == 0 and not keys and proto_props is None:
                return braces[0] + "]"
            extras_type = ARRAY_EXTRAS_TYPE
            formatter = _format_array
        elif family is not None and family[1]:
            plan = family[0](ctx, value, recurse_times, constructor, tag, typed_array)
            if type(plan) is str:
                return plan
            base, braces, keys = plan.base, plan.braces, plan.keys
            formatter, extras_type = plan.entries, plan.extras_type
        else:
            no_iterator = True
    if no_iterator:
        keys = get_keys(value, ctx.show_hidden)
        braces = ["{", "}"]
        if value.is_callable:
            base = _get_function_base(ctx, value, constructor, tag)
            if not keys and proto_props is None:
                return ctx.stylize(base, "special")
        elif constructor == "Object":
            if value.js_class == "Arguments":
                braces[0] = "[Arguments] {"
            elif tag != "":
                braces[0] = get_prefix(constructor, tag, "Object") + "{"
            if not keys and proto_props is None:
                return braces[0] + "}"
        elif family is not None and not family[1]:
            plan = family[0](ctx, value, recurse_times, constructor, tag, typed_array)
            if type(plan) is str:
                return plan
            base, braces, keys = plan.base, plan.braces, plan.keys
            formatter, extras_type = plan.entries, plan.extras_type
        elif _is_error(ctx.realm, value):
            base = _format_error(ctx, value, constructor, tag, keys)
            if not keys and proto_props is None:
                return base
        elif _is_boxed_primitive(value):
            base = _get_boxed_base(ctx, value, keys, constructor, tag)
            if not keys and proto_props is None:
                return base
        else:
            if not keys and proto_props is None:
                return _get_ctx_style(value, constructor, tag) + "{}"
            braces[0] = _get_ctx_style(value, constructor, tag) + "{"

    if ctx.past_depth(recurse_times):
        name = _get_ctx_style(value, constructor, tag)[:-1]
        if constructor is not None:
            name = f"[{name}]"
        return ctx.stylize(name, "special")
    recurse_times += 1
    ctx.seen.append(value)
    ctx.current_depth = recurse_times
    indentation_lvl = ctx.indentation_lvl
    try:
        output = formatter(ctx, value, recurse_times) if formatter is not None else []
        for key in keys:
            output.append(format_property(ctx, value, recurse_times, key, extras_type))
        if proto_props is not None:
            output.extend(proto_props)
    except RecursionError:
        name = _get_ctx_style(value, constructor, tag)[:-1]
        ctx.seen.pop()
        ctx.indentation_lvl = indentation_lvl
        return ctx.stylize(f"[{name}: Inspection interrupted prematurely. "
                           "Maximum call stack size exceeded.]", "special")
    if ctx.circular is not None:
        index = ctx.circular.get(id(value))
        if index is not None:
            reference = ctx.stylize(f"<ref *{index}>", "special")
            if ctx.compact is not True:
                base = reference if base == "" else f"{reference} {base}"
            else:
                braces[0] = f"{reference} {braces[0]}"
    ctx.seen.pop()
    if _truthy(ctx.sorted):
        output = _sort_output(ctx, output, keys, extras_type)
    res = reduce_to_single_string(ctx, output, base, braces, extras_type, recurse_times, value)
    new_length = ctx.budget.get(ctx.indentation_lvl, 0) + len(res)
    ctx.budget[ctx.indentation_lvl] = new_length
    if new_length > 2 ** 27:
        ctx.depth = -1.0
    return res


def _sort_output(ctx, output, keys, extras_type):
    comparator = None if ctx.sorted is True else ctx.sorted

    def sort(items):
        if comparator is None or not is_callable(comparator):
            return sorted(items)
        import functools

        def cmp(a, b):
            r = to_number(comparator.call(undefined, [a, b]))
            return -1 if r < 0 else (1 if r > 0 else 0)
        return sorted(items, key=functools.cmp_to_key(cmp))
    if extras_type == OBJECT_TYPE:
        return sort(output)
    if len(keys) > 1:
        n = len(output) - len(keys)
        return output[:n] + sort(output[n:])
    return output


def _array_length(value):
    if type(value) is JSArray:
        return value.get_length()
    try:
        return int(to_number(value.get("length", value)))
    except JSThrow:
        return 0


# -- arrays ---------------------------------------------------------------------------------


def _format_array(ctx, value, recurse_times):
    val_len = _array_length(value)
    length = int(min(max(0.0, ctx.max_array_length), val_len))
    remaining = val_len - length
    output = []
    els = value.elements if type(value) is JSArray else None
    for i in range(length):
        if els is not None and i < len(els) and els[i] is not HOLE:
            ctx.indentation_lvl += 2
            output.append(format_value(ctx, els[i], recurse_times))
            ctx.indentation_lvl -= 2
            continue
        key = str(i)
        if value.get_own_property(key) is None:
            return _format_special_array(ctx, value, recurse_times, length, output, i)
        output.append(format_property(ctx, value, recurse_times, key, ARRAY_TYPE))
    if remaining > 0:
        output.append(remaining_text(remaining))
    return output


def _format_special_array(ctx, value, recurse_times, max_length, output, i):
    """node's formatSpecialArray: arrays with holes (``<1 empty item>``)."""
    keys = [k for k in value.own_property_keys()
            if type(k) is str and _own_enumerable(value, k)]
    index = i
    while i < len(keys) and len(output) < max_length:
        key = keys[i]
        # Only canonical index keys continue the element list.
        if not _NUMBER_KEY.match(key):
            break
        tmp = int(key)
        if tmp > 2 ** 32 - 2:
            break
        if str(index) != key:
            empty = tmp - index
            ctx_msg = f"<{empty} empty item{'s' if empty > 1 else ''}>"
            output.append(ctx.stylize(ctx_msg, "undefined"))
            index = tmp
            if len(output) == max_length:
                break
        output.append(format_property(ctx, value, recurse_times, key, ARRAY_TYPE))
        index += 1
        i += 1
    remaining = _array_length(value) - index
    if len(output) != max_length:
        if remaining > 0:
            msg = f"<{remaining} empty item{'s' if remaining > 1 else ''}>"
            output.append(ctx.stylize(msg, "undefined"))
    elif remaining > 0:
        output.append(remaining_text(remaining))
    return output


# -- properties -----------------------------------------------------------------------------


def format_property(ctx, value, recurse_times, key, type_, desc=None, original=None):
    """node's formatProperty: ``key: value`` (or just the value for array
    elements), with accessors as [Getter] / [Setter] / [Getter/Setter]."""
    if original is None:
        original = value
    if desc is None:
        desc = value.get_own_property(key)
        if desc is None:
            desc = Prop(value.get(key, value))
    extra = " "
    if not desc.accessor and desc.value is not undefined:
        diff = 2 if (ctx.compact is not True or type_ != OBJECT_TYPE) else 3
        ctx.indentation_lvl += diff
        s = format_value(ctx, desc.value, recurse_times)
        if diff == 3 and ctx.break_length < get_string_width(s, _truthy(ctx.colors)):
            extra = "\n" + " " * ctx.indentation_lvl
        ctx.indentation_lvl -= diff
    elif desc.accessor and desc.getter is not undefined and desc.getter is not None:
        has_setter = desc.setter is not undefined and desc.setter is not None
        label = "Getter/Setter" if has_setter else "Getter"
        stylize = ctx.stylize
        getters = ctx.getters
        if _truthy(getters) and (getters is True or (getters == "get" and not has_setter)
                                 or (getters == "set" and has_setter)):
            opening = stylize(f"[{label}:", "special")
            closing = stylize("]", "special")
            try:
                tmp = desc.getter.call(original, [])
                ctx.indentation_lvl += 2
                if tmp is null:
                    s = f"{opening} {stylize('null', 'null')}{closing}"
                elif isinstance(tmp, JSObject):
                    s = f"{stylize(f'[{label}]', 'special')} {format_value(ctx, tmp, recurse_times)}"
                else:
                    s = f"{opening} {format_primitive(stylize, tmp, ctx)}{closing}"
                ctx.indentation_lvl -= 2
            except JSThrow as e:
                message = _safe_get(e.value, "message") if isinstance(e.value, JSObject) else undefined
                s = f"{opening} <Inspection threw ({_js_string(message)})>{closing}"
        else:
            s = stylize(f"[{label}]", "special")
    elif desc.accessor and desc.setter is not undefined and desc.setter is not None:
        s = ctx.stylize("[Setter]", "special")
    else:
        s = ctx.stylize("undefined", "undefined")
    if type_ == ARRAY_TYPE:
        return s
    if type(key) is JSSymbol:
        tmp = _ESCAPE_SEQUENCES.sub(_escape_fn, key.descriptive_string())
        name = f"[{ctx.stylize(tmp, 'symbol')}]"
    elif key == "__proto__":
        name = "['__proto__']"
    elif not desc.enumerable:
        name = "[" + _ESCAPE_SEQUENCES.sub(_escape_fn, key) + "]"
    elif _KEY_STR.match(key):
        name = ctx.stylize(key, "name")
    else:
        name = ctx.stylize(str_escape(key), "string")
    return f"{name}:{extra}{s}"


# -- functions ------------------------------------------------------------------------------

_CLASS_RE = re.compile(r"(\s+[^(]*?)\s*{")
_STRIP_COMMENTS = re.compile(r"(//.*?\n)|(/\*(.|\n)*?\*/)")


def _function_source(f):
    from .builtins.function import function_to_string
    try:
        return function_to_string(f)
    except Exception:  # a half-built host function must not break printing
        return ""


def _function_flags(f):
    """(is_generator, is_async) of a function object."""
    code = getattr(f, "code", None)
    if code is None:
        return False, False
    kind = getattr(code, "kind", None)
    if type(kind) is str:
        # FunctionCode.kind: 'generator', 'async', 'async_arrow', 'async_generator', ...
        return "generator" in kind, kind.startswith("async")
    return bool(getattr(code, "is_generator", False)), bool(getattr(code, "is_async", False))


def _get_class_base(ctx, value, constructor, tag):
    has_name = value.get_own_property("name") is not None
    name = value.get("name", value) if has_name else undefined
    name = _js_string(name) if _truthy(name) else "(anonymous)"
    base = f"class {name}"
    if constructor != "Function" and constructor is not None:
        base += f" [{constructor}]"
    if tag != "" and constructor != tag:
        base += f" [{tag}]"
    if constructor is not None:
        proto = value.get_prototype_of()
        super_name = proto.get("name", proto) if proto is not None else undefined
        if _truthy(super_name):
            base += f" extends {_js_string(super_name)}"
    else:
        base += " extends [null prototype]"
    return f"[{base}]"


def _get_function_base(ctx, value, constructor, tag):
    text = _function_source(value)
    if text.startswith("class") and text.endswith("}"):
        body = text[5:-1]
        brace = body.find("{")
        if brace != -1 and ("(" not in body[:brace]
                            or _CLASS_RE.match(_STRIP_COMMENTS.sub("", body)) is not None):
            return _get_class_base(ctx, value, constructor, tag)
    is_generator, is_async = _function_flags(value)
    type_ = "Function"
    if is_generator:
        type_ = "Generator" + type_
    if is_async:
        type_ = "Async" + type_
    base = f"[{type_}"
    if constructor is None:
        base += " (null prototype)"
    name = value.get("name", value)
    if name == "":
        base += " (anonymous)"
    else:
        base += f": {_js_string(name)}"
    base += "]"
    if constructor != type_ and constructor is not None:
        base += f" {constructor}"
    if tag != "" and constructor != tag:
        base += f" [{tag}]"
    return base


# -- boxed primitives -------------------------------------------------------------------------


def _is_boxed_primitive(value):
    from .builtins.wrappers import PrimitiveWrapper, StringObject
    return isinstance(value, (PrimitiveWrapper, StringObject))


_BOXED_TYPES = {float: "Number", str: "String", bool: "Boolean", int: "BigInt",
                JSSymbol: "Symbol"}


def _get_boxed_base(ctx, value, keys, constructor, tag):
    primitive = value.primitive_value
    type_ = _BOXED_TYPES[type(primitive)]
    if type_ == "String":
        # The index keys of a String object just repeat its characters.
        del keys[:len(primitive)]
    base = f"[{type_}"
    if type_ != constructor:
        if constructor is None:
            base += " (null prototype)"
        else:
            base += f" ({constructor})"
    base += f": {format_primitive(stylize_no_color, primitive, ctx)}]"
    if tag != "" and tag != constructor:
        base += f" [{tag}]"
    if keys or ctx.stylize is stylize_no_color:
        return base
    return ctx.stylize(base, type_.lower())


# -- errors ---------------------------------------------------------------------------------


def _is_error(realm, value):
    """node's isError: a native error, or an object inheriting from Error.prototype."""
    from .builtins.error import JSError
    if isinstance(value, JSError):
        return True
    proto = getattr(realm, "error_prototype", None)
    o = value.get_prototype_of() if not is_proxy(value) else None
    while o is not None:
        if o is proto:
            return True
        if is_proxy(o):
            return False
        o = o.get_prototype_of()
    return False


def _get_stack_string(ctx, err):
    stack = _safe_get(err, "stack")
    if _truthy(stack):
        return _js_string(stack)
    from .builtins.error import error_to_string
    return error_to_string(ctx.realm, err, [])


def _identical_sequence_range(a, b):
    for i in range(len(a) - 3):
        try:
            pos = b.index(a[i])
        except ValueError:
            continue
        rest = len(b) - pos
        if rest > 3:
            length = 1
            max_len = min(len(a) - i, rest)
            while max_len > length and a[i + length] == b[pos + length]:
                length += 1
            if length > 3:
                return length, i
    return 0, 0


def _get_stack_frames(ctx, err, stack):
    frames = stack.split("\n")
    try:
        cause = err.get("cause", err)
    except JSThrow:
        cause = undefined
    if isinstance(cause, JSObject) and _is_error(ctx.realm, cause):
        cause_stack = _get_stack_string(ctx, cause)
        start = cause_stack.find("\n    at")
        if start != -1:
            cause_frames = cause_stack[start + 1:].split("\n")
            length, offset = _identical_sequence_range(frames, cause_frames)
            if length > 0:
                skipped = length - 2
                msg = f"    ... {skipped} lines matching cause stack trace ..."
                frames[offset + 1:offset + 1 + skipped] = [ctx.stylize(msg, "undefined")]
    return frames


_ERROR_NAME_START = re.compile(r"([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n {4}at)")
_ERROR_NAME_ONLY = re.compile(r"([a-z_A-Z0-9-]*Error)\Z")


def _improve_stack(stack, constructor, name, tag):
    length = len(name)
    if constructor is None or (
            name.endswith("Error") and stack.startswith(name)
            and (len(stack) == length or stack[length] in ":\n")):
        fallback = "Error"
        if constructor is None:
            m = _ERROR_NAME_START.match(stack) or _ERROR_NAME_ONLY.match(stack)
            fallback = (m and m.group(1)) or ""
            length = len(fallback)
            fallback = fallback or "Error"
        prefix = get_prefix(constructor, tag, fallback)[:-1]
        if name != prefix:
            if name in prefix:
                if length == 0:
                    stack = f"{prefix}: {stack}"
                else:
                    stack = prefix + stack[length:]
            else:
                stack = f"{prefix} [{name}]{stack[length:]}"
    return stack


def _remove_duplicate_error_keys(ctx, keys, err, stack):
    if not ctx.show_hidden and keys:
        for name in ("name", "message", "stack"):
            if name in keys:
                v = _safe_get(err, name)
                if _js_string(v) in stack:
                    keys.remove(name)


_CORE_MODULE_LINE = re.compile(r" {4}at (?:[^/\\(]+ \(|)node:(.+):\d+:\d+\)?\Z")


def _mark_node_modules(ctx, line):
    temp = ""
    last_pos = 0
    search_from = 0
    while True:
        pos = line.find("node_modules", search_from)
        if pos == -1:
            break
        separator = line[pos - 1] if pos > 0 else ""
        after = line[pos + 12] if pos + 12 < len(line) else ""
        if after not in ("/", "\\") or separator not in ("/", "\\"):
            search_from = pos + 1
            continue
        module_start = pos + 13
        temp += line[last_pos:module_start]
        module_end = line.find(separator, module_start)
        if module_start < len(line) and line[module_start] == "@":
            module_end = line.find(separator, module_end + 1)
        node_module = line[module_start:module_end] if module_end != -1 else line[module_start:-1]
        temp += ctx.stylize(node_module, "module")
        last_pos = module_end
        search_from = module_end
        if module_end == -1:
            break
    if last_pos > 0:
        line = temp + line[last_pos:]
    return line


def _mark_cwd(ctx, line, cwd):
    start_pos = line.find(cwd)
    cwd_length = len(cwd)
    if start_pos == -1:
        return line
    if start_pos >= 7 and line[start_pos - 7:start_pos] == "file://":
        cwd_length += 7
        start_pos -= 7
    start = start_pos - 1 if start_pos > 0 and line[start_pos - 1] == "(" else start_pos
    end = -1 if start != start_pos and line.endswith(")") else len(line)
    cwd_end = start_pos + cwd_length + 1
    out = line[:start] + ctx.stylize(line[start:cwd_end], "undefined") + line[cwd_end:end]
    if end == -1:
        out += ctx.stylize(")", "undefined")
    return out


def _working_directory(ctx):
    host = getattr(ctx.realm, "host", None)
    cwd = getattr(host, "cwd", None) if host is not None else None
    if isinstance(cwd, str) and cwd:
        return to_js_string(cwd)
    try:
        return to_js_string(os.getcwd())
    except OSError:
        return None


def _format_error(ctx, err, constructor, tag, keys):
    """node's formatError: the stack, relabelled with the constructor name
    when it differs, wrapped in brackets when it has no frames."""
    name_value = _safe_get(err, "name")
    name = "Error" if name_value is undefined or name_value is null else _js_string(name_value)
    stack = _get_stack_string(ctx, err)
    _remove_duplicate_error_keys(ctx, keys, err, stack)
    if err.has_property("cause") and "cause" not in keys:
        keys.append("cause")
    errors = _safe_get(err, "errors")
    if is_array(errors) and "errors" not in keys:
        keys.append("errors")
    stack = _improve_stack(stack, constructor, name, tag)

    message = _safe_get(err, "message")
    pos = -1
    if _truthy(message):
        text = _js_string(message)
        pos = stack.find(text)
        if pos == 0:
            pos = -1  # node: `indexOf(...) || -1`
        if pos != -1:
            pos = pos + len(text) if type(message) is str else 0
    stack_start = stack.find("\n    at", max(pos, 0))
    if stack_start == -1:
        stack = f"[{stack}]"
    else:
        new_stack = stack[:stack_start]
        lines = _get_stack_frames(ctx, err, stack[stack_start + 1:])
        if _truthy(ctx.colors):
            cwd = _working_directory(ctx)
            for line in lines:
                core = _CORE_MODULE_LINE.match(line)
                if core is not None:
                    new_stack += "\n" + ctx.stylize(line, "undefined")
                    continue
                line = _mark_node_modules(ctx, line)
                if cwd is not None:
                    marked = _mark_cwd(ctx, line, cwd)
                    if marked == line:
                        marked = _mark_cwd(ctx, line, "file://" + cwd)
                    line = marked
                new_stack += "\n" + line
        else:
            new_stack += "\n" + "\n".join(lines)
        stack = new_stack
    if ctx.indentation_lvl != 0:
        stack = stack.replace("\n", "\n" + " " * ctx.indentation_lvl)
    return stack


# -- line breaking ---------------------------------------------------------------------------


def _js_round(x):
    return math.floor(x + 0.5)


def _js_floor(x):
    return x if x in (INF, -INF) or x != x else math.floor(x)


def _group_array_elements(ctx, output, value):
    """node's groupArrayElements: lay out many short entries in columns."""
    total_length = 0
    max_length = 0
    output_length = len(output)
    if ctx.max_array_length < len(output):
        # The "... n more items" entry does not take part.
        output_length -= 1
    separator_space = 2  # ", "
    data_len = []
    for i in range(output_length):
        length = get_string_width(output[i], _truthy(ctx.colors))
        data_len.append(length)
        total_length += length + separator_space
        if max_length < length:
            max_length = length
    actual_max = max_length + separator_space
    if (actual_max * 3 + ctx.indentation_lvl < ctx.break_length
            and (total_length / actual_max > 5 or max_length <= 6)):
        approx_char_heights = 2.5
        average_bias = math.sqrt(actual_max - total_length / len(output))
        biased_max = max(actual_max - 3 - average_bias, 1)
        columns = min(
            _js_round(math.sqrt(approx_char_heights * biased_max * output_length) / biased_max),
            _js_floor((ctx.break_length - ctx.indentation_lvl) / actual_max),
            ctx.compact * 4,
            15,
        )
        if columns <= 1:
            return output
        columns = int(columns)
        tmp = []
        max_line_length = []
        for i in range(columns):
            line_max = 0
            for j in range(i, len(output), columns):
                if j < output_length and data_len[j] > line_max:
                    line_max = data_len[j]
            max_line_length.append(line_max + separator_space)
        pad_start = True
        if value is not None:
            for i in range(len(output)):
                v = _element_for_order(value, i)
                if type(v) is not float and type(v) is not int:
                    pad_start = False
                    break
        for i in range(0, output_length, columns):
            max_i = min(i + columns, output_length)
            parts = []
            j = i
            while j < max_i - 1:
                padding = max_line_length[j - i] + len(output[j]) - data_len[j]
                cell = output[j] + ", "
                parts.append(cell.rjust(padding) if pad_start else cell.ljust(padding))
                j += 1
            if pad_start:
                padding = max_line_length[j - i] + len(output[j]) - data_len[j] - separator_space
                parts.append(output[j].rjust(padding))
            else:
                parts.append(output[j])
            tmp.append("".join(parts))
        if ctx.max_array_length < len(output):
            tmp.append(output[output_length])
        output = tmp
    return output


def _element_for_order(value, i):
    """``value[i]`` for the number-alignment test (no getters run on dense arrays)."""
    if type(value) is JSArray and value.elements is not None:
        els = value.elements
        if i < len(els) and els[i] is not HOLE:
            return els[i]
    try:
        return value.get(str(i), value)
    except JSThrow:
        return undefined


def _is_below_break_length(ctx, output, start, base):
    total_length = len(output) + start
    if total_length + len(output) > ctx.break_length:
        return False
    colors = _truthy(ctx.colors)
    for entry in output:
        total_length += len(strip_vt_control_characters(entry)) if colors else len(entry)
        if total_length > ctx.break_length:
            return False
    return base == "" or "\n" not in base


def reduce_to_single_string(ctx, output, base, braces, extras_type, recurse_times, value=None):
    """node's reduceToSingleString: one line when it fits (compact mode 3:
    up to three inner levels), else one entry per line."""
    if ctx.compact is not True:
        if type(ctx.compact) is float and ctx.compact >= 1:
            entries = len(output)
            if extras_type == ARRAY_EXTRAS_TYPE and entries > 6:
                output = _group_array_elements(ctx, output, value)
            if ctx.current_depth - recurse_times < ctx.compact and entries == len(output):
                start = len(output) + ctx.indentation_lvl + len(braces[0]) + len(base) + 10
                if _is_below_break_length(ctx, output, start, base):
                    joined = ", ".join(output)
                    if "\n" not in joined:
                        return (f"{base} " if base else "") + f"{braces[0]} {joined} {braces[1]}"
        indentation = "\n" + " " * ctx.indentation_lvl
        return ((f"{base} " if base else "") + f"{braces[0]}{indentation}  "
                + f",{indentation}  ".join(output) + f"{indentation}{braces[1]}")
    if _is_below_break_length(ctx, output, 0, base):
        return f"{braces[0]}{' ' + base if base else ''} " + ", ".join(output) + " " + braces[1]
    indentation = " " * ctx.indentation_lvl
    ln = " " if base == "" and len(braces[0]) == 1 else f"{' ' + base if base else ''}\n{indentation}  "
    return f"{braces[0]}{ln}" + f",\n{indentation}  ".join(output) + f" {braces[1]}"


# =============================================================================
# util.format
# =============================================================================


def _has_builtin_to_string(realm, value):
    """node's hasBuiltInToString: whether ``value`` would print with the
    default toString / Symbol.toPrimitive (so %s inspects it instead)."""
    from .runtime.values import SYM_TO_PRIMITIVE
    if is_proxy(value):
        target = getattr(value, "proxy_target", None)
        if target is None:
            return True
        value = target
    own = value.get_own_property
    check_to_string = True
    check_to_primitive = True
    if not is_callable(value.get("toString", value)):
        if not is_callable(value.get(SYM_TO_PRIMITIVE, value)):
            return True
        if own(SYM_TO_PRIMITIVE) is not None:
            return False
        check_to_string = False
    elif own("toString") is not None:
        return False
    elif not is_callable(value.get(SYM_TO_PRIMITIVE, value)):
        check_to_primitive = False
    elif own(SYM_TO_PRIMITIVE) is not None:
        return False
    pointer = value
    while True:
        pointer = pointer.get_prototype_of()
        if pointer is None:
            return True
        if check_to_string and pointer.get_own_property("toString") is not None:
            break
        if check_to_primitive and pointer.get_own_property(SYM_TO_PRIMITIVE) is not None:
            break
    desc = pointer.get_own_property("constructor")
    return (desc is not None and not desc.accessor and is_callable(desc.value)
            and _js_string(desc.value.get("name", desc.value)) in _builtin_names(realm))


def _try_stringify(realm, value):
    from .builtins.json import json_stringify
    try:
        result = json_stringify(realm, undefined, [value])
    except JSThrow as e:
        err = e.value
        if isinstance(err, JSObject):
            name = _safe_get(err, "name")
            message = _safe_get(err, "message")
            if (name == "TypeError" and type(message) is str
                    and message.split("\n", 1)[0] == "Converting circular structure to JSON"):
                return "[Circular]"
        raise
    return "undefined" if result is undefined else result


_PARSE_FLOAT = re.compile(r"[+-]?(?:Infinity|(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)")
_PARSE_INT = re.compile(r"[+-]?(?:0[xX][0-9a-fA-F]*|[0-9]+)")


def _parse_float(v):
    """Number.parseFloat(v) (https://tc39.es/ecma262/#sec-parsefloat-string)."""
    s = _js_string(v).lstrip(JS_WHITESPACE)
    m = _PARSE_FLOAT.match(s)
    if m is None:
        return math.nan
    text = m.group()
    if text.lstrip("+-") == "Infinity":
        return -INF if text[0] == "-" else INF
    return string_to_number(text) if text[-1] != "." else float(text[:-1] or "0")


def _parse_int(v):
    """Number.parseInt(v) with no radix (https://tc39.es/ecma262/#sec-parseint-string-radix)."""
    s = _js_string(v).lstrip(JS_WHITESPACE)
    m = _PARSE_INT.match(s)
    if m is None:
        return math.nan
    text = m.group()
    sign = -1.0 if text[0] == "-" else 1.0
    digits = text.lstrip("+-")
    if digits[:2] in ("0x", "0X"):
        if len(digits) == 2:
            return math.nan
        n = int(digits[2:], 16)
    else:
        n = int(digits)
    try:
        return sign * float(n)
    except OverflowError:
        return sign * INF


def format_args(realm, args, inspect_options=None):
    """util.formatWithOptions(inspectOptions, ...args): printf-like %s %d %i
    %f %j %o %O %c %%, then the remaining arguments joined by spaces
    (strings as they are, everything else inspected).  ``inspect_options`` is
    a dict of node option names."""
    opts = inspect_options or {}
    numeric_separator = opts.get("numericSeparator", False)

    def inspect_with(value, extra=None):
        o = dict(opts)
        if extra:
            o.update(extra)
        return inspect(value, o, realm)

    first = args[0] if args else undefined
    a = 0
    out = []
    join = ""
    if type(first) is str:
        if len(args) == 1:
            return first
        last_pos = 0
        i = 0
        n = len(first)
        while i < n - 1:
            if first[i] == "%":
                i += 1
                next_char = first[i]
                if a + 1 != len(args):
                    if next_char == "s":
                        a += 1
                        arg = args[a]
                        if type(arg) is float:
                            temp = format_number(stylize_no_color, arg, numeric_separator)
                        elif type(arg) is int:
                            temp = format_bigint(stylize_no_color, arg, numeric_separator)
                        elif not isinstance(arg, JSObject) or arg.is_callable \
                                or not _has_builtin_to_string(realm, arg):
                            temp = _js_string(arg)
                        else:
                            temp = inspect_with(arg, {"compact": 3.0, "colors": False,
                                                      "depth": 0.0})
                    elif next_char == "j":
                        a += 1
                        temp = _try_stringify(realm, args[a])
                    elif next_char == "d":
                        a += 1
                        arg = args[a]
                        if type(arg) is int:
                            temp = format_bigint(stylize_no_color, arg, numeric_separator)
                        elif type(arg) is JSSymbol:
                            temp = "NaN"
                        else:
                            temp = format_number(stylize_no_color, to_number(arg),
                                                 numeric_separator)
                    elif next_char == "O":
                        a += 1
                        temp = inspect_with(args[a])
                    elif next_char == "o":
                        a += 1
                        temp = inspect_with(args[a], {"showHidden": True, "showProxy": True,
                                                      "depth": 4.0})
                    elif next_char == "i":
                        a += 1
                        arg = args[a]
                        if type(arg) is int:
                            temp = format_bigint(stylize_no_color, arg, numeric_separator)
                        elif type(arg) is JSSymbol:
                            temp = "NaN"
                        else:
                            temp = format_number(stylize_no_color, _parse_int(arg),
                                                 numeric_separator)
                    elif next_char == "f":
                        a += 1
                        arg = args[a]
                        if type(arg) is JSSymbol:
                            temp = "NaN"
                        else:
                            temp = format_number(stylize_no_color, _parse_float(arg),
                                                 numeric_separator)
                    elif next_char == "c":
                        a += 1
                        temp = ""
                    elif next_char == "%":
                        out.append(first[last_pos:i])
                        last_pos = i + 1
                        i += 1
                        continue
                    else:
                        i += 1
                        continue
                    if last_pos != i - 1:
                        out.append(first[last_pos:i - 1])
                    out.append(temp)
                    last_pos = i + 1
                elif next_char == "%":
                    out.append(first[last_pos:i])
                    last_pos = i + 1
            i += 1
        if last_pos != 0:
            a += 1
            join = " "
            if last_pos < n:
                out.append(first[last_pos:])
    while a < len(args):
        value = args[a]
        out.append(join)
        out.append(value if type(value) is str else inspect_with(value))
        join = " "
        a += 1
    return "".join(out)


# =============================================================================
# the JS-visible inspect function
# =============================================================================


def options_from_js(realm, args):
    """Turn ``util.inspect(value, opts)`` / the legacy
    ``(value, showHidden, depth, colors)`` arguments into (options dict,
    user options object)."""
    options = {}
    user_options = None
    if len(args) > 1:
        if len(args) > 2:
            if args[2] is not undefined:
                options["depth"] = args[2]
            if len(args) > 3 and args[3] is not undefined:
                options["colors"] = args[3]
        opts = args[1]
        if type(opts) is bool:
            options["showHidden"] = opts
        elif isinstance(opts, JSObject):
            for key in opts.own_property_keys():
                if type(key) is not str:
                    continue
                p = opts.get_own_property(key)
                if p is None or not p.enumerable:
                    continue
                if key in DEFAULT_OPTIONS or key == "stylize":
                    options[key] = opts.get(key, opts)
                elif user_options is None:
                    user_options = opts
    stylize = options.get("stylize")
    if stylize is not None:
        if is_callable(stylize):
            js_fn = stylize

            def stylize_fn(text, style_type, _fn=js_fn):
                return to_string(_fn.call(undefined, [text, style_type
                                                      if style_type is not None else undefined]))
            options["stylize"] = stylize_fn
        else:
            del options["stylize"]
    for key in ("showHidden", "showProxy", "customInspect"):
        if key in options:
            options[key] = _truthy(options[key])
    return options, user_options


def make_inspect_function(realm):
    """The realm's ``util.inspect`` function object (created once)."""
    f = getattr(realm, "inspect_function", None)
    if f is not None:
        return f
    from .runtime.function import BuiltinFunction

    def js_inspect(realm_, this, args):
        value = args[0] if args else undefined
        options, user_options = options_from_js(realm_, args)
        ctx = InspectContext(realm_, options)
        ctx.user_options = user_options
        return format_value(ctx, value, 0)

    f = BuiltinFunction(realm, js_inspect, "inspect", 2)
    f.props["custom"] = inspect_custom_symbol(realm)
    realm.inspect_function = f
    return f
