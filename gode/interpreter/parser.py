"""The parser front end: source text -> ESTree as plain dicts, with a cache.

This is the only module that imports esprima.  It

* parses Scripts, Modules and function bodies (for ``new Function``) with
  esprima-fork, keeping each node's ``range`` (source offsets);
* converts esprima's node objects into plain dicts (``node["type"]``), with
  string values turned into UTF-16 code units (values.to_js_string) and
  esprima's ``isAsync`` spelled ``async`` as in ESTree;
* reports syntax errors as :class:`ParseError` (message, offset) for the
  caller to turn into a JS SyntaxError;
* caches the converted tree in memory and on disk (marshal files keyed by a
  hash of the source, the parse goal, gode's and esprima's versions), so an
  unchanged large library is never parsed twice.

:class:`Source` maps offsets to line/column for messages and stack traces.
"""

import bisect
import hashlib
import marshal
import os
import threading

import esprima

from .runtime.values import to_js_string

__all__ = ["parse", "ParseError", "Source"]

_ESPRIMA_VERSION = getattr(esprima, "version", "?")


class ParseError(Exception):
    """A syntax error: ``message`` in V8's words where known, ``offset`` into the text."""

    def __init__(self, message, offset):
        Exception.__init__(self, message)
        self.message = message
        self.offset = offset


class Source:
    """A piece of source text with a name; maps offsets to positions.

    ``prefix`` is the length of wrapper text added before the user's code
    (the CommonJS function header): offsets in the tree are shifted by it.
    """
    __slots__ = ("filename", "text", "prefix", "_line_starts")

    def __init__(self, filename, text, prefix=0):
        self.filename = filename
        self.text = text
        self.prefix = prefix
        self._line_starts = None

    def _starts(self):
        if self._line_starts is None:
            starts = [0]
            text = self.text
            i = text.find("\n")
            while i >= 0:
                starts.append(i + 1)
                i = text.find("\n", i + 1)
            self._line_starts = starts
        return self._line_starts

    def position(self, offset):
        """(line, column), both 1-based, of a tree offset (as V8 prints them)."""
        offset = max(0, offset - self.prefix)
        starts = self._starts()
        line = bisect.bisect_right(starts, offset) - 1
        return line + 1, offset - starts[line] + 1

    def line_text(self, line):
        starts = self._starts()
        if not 1 <= line <= len(starts):
            return ""
        start = starts[line - 1]
        end = self.text.find("\n", start)
        text = self.text[start:] if end < 0 else self.text[start:end]
        return text.rstrip("\r")

    def slice(self, start, end):
        """User source text between two tree offsets."""
        p = self.prefix
        return self.text[max(0, start - p):max(0, end - p)]


# -- conversion ------------------------------------------------------------------

_SKIP = frozenset(("loc", "range"))


def _convert(node):
    d = {}
    for k, v in node.__dict__.items():
        if k in _SKIP:
            continue
        if v is None or v is True or v is False:
            pass
        elif type(v) is str:
            if not v.isascii():
                v = to_js_string(v)
        elif type(v) is int or type(v) is float:
            pass
        elif isinstance(v, list):
            v = [None if x is None else _convert(x) for x in v]
        elif hasattr(v, "__dict__"):
            v = _convert(v)
        if k == "isAsync":
            k = "async"
        d[k] = v
    r = node.__dict__.get("range")
    if r is not None:
        d["start"] = r[0]
        d["end"] = r[1]
    return d


# -- errors ------------------------------------------------------------------------

def _message(e):
    """esprima's message reworded as V8 says it."""
    msg = getattr(e, "message", None) or str(e)
    if msg.startswith("Line ") and ": " in msg:
        msg = msg.split(": ", 1)[1]
    if msg == "Unexpected token ILLEGAL":
        return "Invalid or unexpected token"
    if msg.startswith("Unexpected token ") and not msg.startswith("Unexpected token '"):
        msg = "Unexpected token '" + msg[len("Unexpected token "):] + "'"
    return msg


# -- cache -------------------------------------------------------------------------

_memory_cache = {}
_memory_lock = threading.Lock()
_MEMORY_LIMIT = 256
#: Sources smaller than this are parsed every time: cheaper than a file read.
DISK_CACHE_MIN_SIZE = 16 * 1024


def cache_dir():
    d = os.environ.get("GODE_CACHE_DIR")
    if d:
        return d
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "gode", "ast")


def _key(text, goal):
    from .. import __version__
    h = hashlib.blake2b(digest_size=20)
    h.update(f"{goal}\0{__version__}\0{_ESPRIMA_VERSION}\0".encode())
    h.update(text.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def _disk_load(key):
    path = os.path.join(cache_dir(), key[:2], key + ".marshal")
    try:
        with open(path, "rb") as f:
            return marshal.load(f)
    except (OSError, EOFError, ValueError, TypeError):
        return None


def _disk_store(key, tree):
    d = os.path.join(cache_dir(), key[:2])
    try:
        os.makedirs(d, exist_ok=True)
        tmp = os.path.join(d, f".{key}.{os.getpid()}.{threading.get_ident()}.tmp")
        with open(tmp, "wb") as f:
            marshal.dump(tree, f)
        os.replace(tmp, os.path.join(d, key + ".marshal"))
    except (OSError, ValueError):
        pass  # a cache that cannot be written is only slower


def parse(text, goal="script"):
    """Parse ``text`` (Python str) for ``goal`` 'script' or 'module'.

    Returns the Program as a dict.  Raises ParseError.  Results are shared:
    callers must not mutate the tree.
    """
    key = _key(text, goal)
    tree = _memory_cache.get(key)
    if tree is not None:
        return tree
    tree = None
    use_disk = len(text) >= DISK_CACHE_MIN_SIZE
    if use_disk:
        tree = _disk_load(key)
    if tree is None:
        tree = _parse_uncached(text, goal)
        if use_disk:
            _disk_store(key, tree)
    with _memory_lock:
        if len(_memory_cache) >= _MEMORY_LIMIT:
            _memory_cache.clear()
        _memory_cache[key] = tree
    return tree


def _parse_uncached(text, goal):
    options = {"range": True}
    try:
        if goal == "module":
            program = esprima.parseModule(text, options)
        else:
            program = esprima.parseScript(text, options)
    except esprima.Error as e:
        index = getattr(e, "index", None)
        raise ParseError(_message(e), index if index is not None else 0) from None
    except RecursionError:
        raise ParseError("Maximum call stack size exceeded", 0) from None
    try:
        return _convert(program)
    except RecursionError:
        raise ParseError("Maximum call stack size exceeded", 0) from None
