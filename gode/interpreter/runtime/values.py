"""Primitive JavaScript values and how they are represented in Python.

This module owns the representation of every ECMAScript language type
(https://tc39.es/ecma262/#sec-ecmascript-language-types):

=============  ===============================================================
JS type        Python representation
=============  ===============================================================
Undefined      the singleton ``undefined`` (falsy, prints as ``undefined``)
Null           the singleton ``null``
Boolean        ``bool``
Number         ``float`` always (never ``int``: ``type(v) is float`` is the test)
BigInt         ``int`` (``type(v) is int``; ``bool`` is excluded by ``type``)
String         ``str`` holding UTF-16 code units: astral characters are stored
               as surrogate pairs so ``len`` is the JS ``length``; converted
               with :func:`to_js_string` / :func:`from_js_string` at I/O edges
Symbol         :class:`JSSymbol`
Object         :class:`gode.interpreter.runtime.objects.JSObject` and subclasses
=============  ===============================================================

It must not import the object model: objects.py imports it.
"""

import re

__all__ = [
    "undefined", "null", "JSSymbol", "HOLE", "TDZ", "ABSENT", "type_of_primitive",
    "to_js_string", "from_js_string", "NAN", "INF", "NEG_INF",
]

NAN = float("nan")
INF = float("inf")
NEG_INF = float("-inf")


class JSUndefined:
    """The type of the single value ``undefined``."""
    __slots__ = ()

    def __repr__(self):
        return "undefined"

    def __bool__(self):
        return False

    def __reduce__(self):
        return "undefined"


class JSNull:
    """The type of the single value ``null``."""
    __slots__ = ()

    def __repr__(self):
        return "null"

    def __bool__(self):
        return False

    def __reduce__(self):
        return "null"


undefined = JSUndefined()
null = JSNull()


class _Sentinel:
    __slots__ = ("name",)

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


#: An array element that does not exist (``[1, , 3]``); never a JS value.
HOLE = _Sentinel("<hole>")
#: The value of a let/const/class binding before its declaration runs.
TDZ = _Sentinel("<uninitialized>")
#: A descriptor field that is not present (distinct from ``undefined``).
ABSENT = _Sentinel("<absent>")


class JSSymbol:
    """A Symbol value. ``description`` is a str or ``undefined``."""
    __slots__ = ("description", "registered_key", "__weakref__")

    def __init__(self, description=undefined, registered_key=None):
        self.description = description
        self.registered_key = registered_key

    def __repr__(self):
        d = "" if self.description is undefined else self.description
        return f"Symbol({d})"

    def descriptive_string(self):
        """https://tc39.es/ecma262/#sec-symboldescriptivestring"""
        d = "" if self.description is undefined else self.description
        return f"Symbol({d})"


def _well_known(name):
    return JSSymbol("Symbol." + name)


SYM_ASYNC_ITERATOR = _well_known("asyncIterator")
SYM_HAS_INSTANCE = _well_known("hasInstance")
SYM_IS_CONCAT_SPREADABLE = _well_known("isConcatSpreadable")
SYM_ITERATOR = _well_known("iterator")
SYM_MATCH = _well_known("match")
SYM_MATCH_ALL = _well_known("matchAll")
SYM_REPLACE = _well_known("replace")
SYM_SEARCH = _well_known("search")
SYM_SPECIES = _well_known("species")
SYM_SPLIT = _well_known("split")
SYM_TO_PRIMITIVE = _well_known("toPrimitive")
SYM_TO_STRING_TAG = _well_known("toStringTag")
SYM_UNSCOPABLES = _well_known("unscopables")
# node 20 polyfills these two (for its own resources) as registered
# symbols: Symbol.dispose is Symbol.for('nodejs.dispose').  Every realm's
# registry is seeded with them (builtins/symbol.py).
SYM_DISPOSE = JSSymbol("nodejs.dispose", registered_key="nodejs.dispose")
SYM_ASYNC_DISPOSE = JSSymbol("nodejs.asyncDispose", registered_key="nodejs.asyncDispose")

WELL_KNOWN_SYMBOLS = {
    "asyncIterator": SYM_ASYNC_ITERATOR,
    "hasInstance": SYM_HAS_INSTANCE,
    "isConcatSpreadable": SYM_IS_CONCAT_SPREADABLE,
    "iterator": SYM_ITERATOR,
    "match": SYM_MATCH,
    "matchAll": SYM_MATCH_ALL,
    "replace": SYM_REPLACE,
    "search": SYM_SEARCH,
    "species": SYM_SPECIES,
    "split": SYM_SPLIT,
    "toPrimitive": SYM_TO_PRIMITIVE,
    "toStringTag": SYM_TO_STRING_TAG,
    "unscopables": SYM_UNSCOPABLES,
    "dispose": SYM_DISPOSE,
    "asyncDispose": SYM_ASYNC_DISPOSE,
}


def type_of_primitive(v):
    """``typeof`` for a non-object value; returns None for objects."""
    t = type(v)
    if t is float:
        return "number"
    if t is str:
        return "string"
    if t is bool:
        return "boolean"
    if v is undefined:
        return "undefined"
    if v is null:
        return "object"
    if t is int:
        return "bigint"
    if t is JSSymbol:
        return "symbol"
    return None


_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


def _split_astral(m):
    c = ord(m.group()) - 0x10000
    return chr(0xD800 + (c >> 10)) + chr(0xDC00 + (c & 0x3FF))


def to_js_string(s):
    """Python text (code points) -> JS string (UTF-16 code units)."""
    if s.isascii():
        return s
    return _ASTRAL.sub(_split_astral, s)


_SURROGATE = re.compile("[\ud800-\udfff]")
_PAIR_OR_LONE = re.compile("[\ud800-\udbff][\udc00-\udfff]|[\ud800-\udfff]")


def _join_pair(m):
    s = m.group()
    if len(s) == 2:
        return chr(0x10000 + ((ord(s[0]) - 0xD800) << 10) + (ord(s[1]) - 0xDC00))
    return "\ufffd"


def from_js_string(s):
    """JS string -> Python text: pairs join, lone surrogates become U+FFFD."""
    if s.isascii() or not _SURROGATE.search(s):
        return s
    return _PAIR_OR_LONE.sub(_join_pair, s)
