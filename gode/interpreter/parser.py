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

#: esprima's messages that V8 words differently.
V8_MESSAGES = {
    "Variable name may not be eval or arguments in strict mode":
        "Unexpected eval or arguments in strict mode",
    "Parameter name eval or arguments is not allowed in strict mode":
        "Unexpected eval or arguments in strict mode",
    "Catch variable may not be eval or arguments in strict mode":
        "Unexpected eval or arguments in strict mode",
    "Assignment to eval or arguments is not allowed in strict mode":
        "Unexpected eval or arguments in strict mode",
    "Postfix increment/decrement may not have eval or arguments operand in strict mode":
        "Unexpected eval or arguments in strict mode",
    "Prefix increment/decrement may not have eval or arguments operand in strict mode":
        "Unexpected eval or arguments in strict mode",
    "Function name may not be eval or arguments in strict mode":
        "Unexpected eval or arguments in strict mode",
    "Strict mode function may not have duplicate parameter names":
        "Duplicate parameter name not allowed in this context",
    "Unexpected token ILLEGAL": "Invalid or unexpected token",
    "super() is only valid in a derived class constructor": "'super' keyword unexpected here",
    "Use of future reserved word in strict mode": "Unexpected strict mode reserved word",
    "Assigning to eval or arguments is forbidden in strict mode":
        "Unexpected eval or arguments in strict mode",
    "Nullish coalescing requires parentheses when mixed with logical operators":
        "Unexpected token '??'",
    "Optional chains cannot be tagged templates": "Invalid tagged template on optional chain",
    "super property access is not valid in this context": "'super' keyword unexpected here",
}


_HEX = frozenset("0123456789abcdefABCDEF")


def _escape_error(text, start, in_template):
    """V8's message for the first bad escape in the literal at ``start``."""
    quote = text[start] if start < len(text) else ""
    i = start + 1
    n = len(text)
    while i < n:
        c = text[i]
        if c == quote and quote in "'\"`":
            return None
        if c == "\\" and i + 1 < n:
            e = text[i + 1]
            if e == "u":
                if i + 2 < n and text[i + 2] == "{":
                    close = text.find("}", i + 3)
                    digits = text[i + 3:close] if close > 0 else ""
                    if not digits or any(d not in _HEX for d in digits):
                        return "Invalid Unicode escape sequence"
                    if int(digits, 16) > 0x10FFFF:
                        return "Undefined Unicode code-point"
                elif not all(d in _HEX for d in text[i + 2:i + 6]) or len(text[i + 2:i + 6]) < 4:
                    return "Invalid Unicode escape sequence"
            elif e == "x":
                if len(text[i + 2:i + 4]) < 2 or not all(d in _HEX for d in text[i + 2:i + 4]):
                    return "Invalid hexadecimal escape sequence"
            elif e in "0123456789" and in_template:
                if e != "0" or (i + 2 < n and text[i + 2] in "0123456789"):
                    return "Octal escape sequences are not allowed in template strings"
            i += 2
            continue
        i += 1
    return None


def _numeric_separator_error(text, start):
    j = start
    while j < len(text) and (text[j].isalnum() or text[j] in "_."):
        j += 1
    token = text[start:j]
    if "_" not in token:
        return None
    if "__" in token:
        return "Only one underscore is allowed as numeric separator"
    if token.endswith("_") or "_." in token or "_e" in token.lower():
        return "Numeric separators are not allowed at the end of numeric literals"
    if token.startswith("0_"):
        return "Numeric separator can not be used after leading 0."
    return None


def _literal_start(text, offset):
    """Start of the string/template literal whose error esprima reports at
    ``offset`` (its closing quote or the end of the line)."""
    i = min(offset, len(text) - 1)
    if text[i] not in "'\"`" and i > 0 and text[i - 1] in "'\"`":
        i -= 1  # esprima reported just past the closing quote
    quote = text[i] if text[i] in "'\"`" else None
    j = i - 1
    while j >= 0:
        c = text[j]
        if (c == quote or (quote is None and c in "'\"`")) and (j == 0 or text[j - 1] != "\\"):
            return j
        if c == "\n" and quote != "`":
            break
        j -= 1
    return None


def refine_message(message, text, offset):
    """Sharpen esprima's generic messages into V8's by looking at the
    source where the error is (escapes in literals, numeric separators)."""
    if offset is None or not text:
        return message
    offset = max(0, min(offset, len(text)))
    if message in ("Invalid or unexpected token", "Invalid escape sequence in template literal"):
        prev = text[offset - 1] if offset > 0 else ""
        if prev.isalnum() or prev in "_.":
            k = offset
            while k > 0 and (text[k - 1].isalnum() or text[k - 1] in "_."):
                k -= 1
            if text[k:k + 1].isdigit() or text[k:k + 1] == ".":
                found = _numeric_separator_error(text, k)
                if found:
                    return found
        start = _literal_start(text, offset)
        if start is not None:
            return _escape_error(text, start, text[start] == "`") or message
        return message
    c = text[offset] if offset < len(text) else ""
    if message == "Octal literals are not allowed in strict mode." and c in "'\"":
        return "Octal escape sequences are not allowed in strict mode."
    return message


def _message(e):
    """esprima's message reworded as V8 says it."""
    msg = getattr(e, "message", None) or str(e)
    if msg.startswith("Line ") and ": " in msg:
        msg = msg.split(": ", 1)[1]
    if msg in V8_MESSAGES:
        return V8_MESSAGES[msg]
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


def _hashbang_as_comment(text):
    """ES2023 Hashbang: '#!' at the very start is a comment; esprima does not
    know it, so it becomes '//' (same length: offsets do not move)."""
    return "//" + text[2:] if text.startswith("#!") else text


def parse(text, goal="script", private_names=()):
    """Parse ``text`` (Python str) for ``goal`` 'script', 'module' or
    'function_eval' (eval code called from inside a function, where
    ``new.target`` and ``super`` are allowed and ``return`` is not).

    Returns the Program as a dict.  Raises ParseError.  Results are shared:
    callers must not mutate the tree.
    """
    key = _key(text, goal + "".join(private_names))
    tree = _memory_cache.get(key)
    if tree is not None:
        return tree
    tree = None
    use_disk = len(text) >= DISK_CACHE_MIN_SIZE
    if use_disk:
        tree = _disk_load(key)
    if tree is None:
        tree = _parse_uncached(text, goal, private_names)
        if use_disk:
            _disk_store(key, tree)
    with _memory_lock:
        if len(_memory_cache) >= _MEMORY_LIMIT:
            _memory_cache.clear()
        _memory_cache[key] = tree
    return tree


def eval_wrapping(goal, private_names=()):
    """(prefix, suffix) that make eval code a function body for ``goal``
    'function_eval', 'method_eval' or 'ctor_eval'."""
    if goal == "function_eval" and not private_names:
        return "(function(){", "\n})"
    fields = "".join(name + ";" for name in private_names)
    if goal == "ctor_eval":
        return "(class extends Object{" + fields + "constructor(){", "\n}})"
    return "(class{" + fields + "m(){", "\n}})"


def tokenizes(text):
    """Whether ``text`` is a complete sequence of tokens (no unterminated
    comment or string): the Function constructor's parameter check."""
    try:
        esprima.tokenize(text)
        return True
    except esprima.Error:
        return False


def first_top_level_return(statements):
    """The first return statement in ``statements`` outside nested functions
    (dict trees), or None."""
    stack = list(statements)
    while stack:
        node = stack.pop(0)
        if not isinstance(node, dict):
            continue
        t = node.get("type")
        if t in ("FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression",
                 "ClassDeclaration", "ClassExpression"):
            continue
        if t == "ReturnStatement":
            return node
        for k, v in node.items():
            if isinstance(v, dict):
                stack.append(v)
            elif isinstance(v, list):
                stack.extend(x for x in v if isinstance(x, dict))
    return None


def _reject_top_level_return(program):
    """Eval code parsed as a function body must still refuse ``return``."""
    def walk(node):
        t = getattr(node, "type", None)
        if t in ("FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression",
                 "ClassDeclaration", "ClassExpression"):
            return
        if t == "ReturnStatement":
            raise ParseError("Illegal return statement", node.range[0])
        for k, v in node.__dict__.items():
            if k in _SKIP:
                continue
            if isinstance(v, list):
                for x in v:
                    if hasattr(x, "__dict__"):
                        walk(x)
            elif hasattr(v, "__dict__") and hasattr(v, "type"):
                walk(v)
    for stmt in program.body:
        walk(stmt)


def _parse_uncached(text, goal, private_names=()):
    options = {"range": True}
    text = _hashbang_as_comment(text)
    try:
        if goal == "module":
            program = esprima.parseModule(text, options)
        elif goal.endswith("_eval"):
            # Eval code called from a function is parsed as the body of one
            # (a method or derived constructor when super may appear, inside a
            # class declaring the enclosing private names), then unwrapped;
            # offsets stay those of the wrapped text (callers use
            # eval_wrapping()'s prefix as Source.prefix).
            prefix, suffix = eval_wrapping(goal, private_names)
            text = prefix + text + suffix
            wrapped = esprima.parseScript(text, options)
            outer = wrapped.body[0].expression
            fn = outer if outer.type == "FunctionExpression" else outer.body.body[-1].value
            _reject_top_level_return(fn.body)
            program = wrapped
            program.body = fn.body.body
        else:
            program = esprima.parseScript(text, options)
    except esprima.Error as e:
        index = getattr(e, "index", None)
        raise ParseError(refine_message(_message(e), text, index),
                         index if index is not None else 0) from None
    except RecursionError:
        raise ParseError("Maximum call stack size exceeded", 0) from None
    try:
        return _convert(program)
    except RecursionError:
        raise ParseError("Maximum call stack size exceeded", 0) from None
