"""One test262 test as the runner sees it: metadata, runs, skip rules, verdict.

This module owns every decision the runner makes about a test that does not
need the interpreter, so that it can be unit-tested without test262 or gode:

- :func:`parse_frontmatter` reads the ``/*--- ... ---*/`` YAML block.  The
  block uses a small, regular subset of YAML (plain and quoted scalars, ``|``
  and ``>`` block scalars, flow lists ``[a, b]``, block lists ``- a`` and one
  nested mapping for ``negative``), so a tiny parser is enough and avoids a
  YAML dependency.
- :func:`expand_modes` turns the ``flags`` into the runs test262 requires
  (INTERPRETING.md, "Strict Mode"): both non-strict and strict unless
  ``onlyStrict``, ``noStrict``, ``raw`` or ``module`` says otherwise.
- :func:`skip_reason` applies the runner's configuration (config.json).
- :func:`test_id` names one run the way known_failures.txt spells it.
- :func:`classify` turns what happened when running (an :class:`Outcome`)
  into pass or fail, honouring ``negative`` and the ``async`` protocol.

https://github.com/tc39/test262/blob/main/INTERPRETING.md
"""

import re

__all__ = ["FrontmatterError", "parse_frontmatter", "extract_frontmatter", "TestMetadata",
           "read_metadata", "expand_modes", "skip_reason", "test_id", "parse_test_id",
           "MODES", "STRICT_PREFIX", "Outcome", "classify", "ASYNC_COMPLETE",
           "ASYNC_FAILURE"]

#: The runs a test can have.  'sloppy' is ECMAScript non-strict global code.
MODES = ("sloppy", "strict", "module")

#: INTERPRETING.md: the strict-mode transformation, applied before anything else.
STRICT_PREFIX = '"use strict";\n'

_FRONTMATTER_RE = re.compile(r"/\*---(.*?)---\*/", re.S)
_KEY_RE = re.compile(r"([A-Za-z_$][\w$.-]*)\s*:(?:[ \t]+(.*)|)$")


class FrontmatterError(ValueError):
    """The metadata block is missing or uses YAML this parser does not know."""


# -- the YAML subset ---------------------------------------------------------------------

def _indent(line):
    return len(line) - len(line.lstrip(" "))


def _is_blank(line):
    s = line.strip()
    return not s or s.startswith("#")


def _strip_comment(text):
    """Drop a trailing ``# comment`` (YAML: '#' preceded by white space, outside quotes)."""
    quote = None
    for i, ch in enumerate(text):
        if quote:
            if ch == quote:
                quote = None
        elif ch in "'\"" and (i == 0 or text[i - 1] in " \t[,{"):
            quote = ch
        elif ch == "#" and (i == 0 or text[i - 1] in " \t"):
            return text[:i].rstrip()
    return text.rstrip()


def _scalar(text):
    """A flow scalar: quoted strings are unquoted, everything else stays a string."""
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] == "'":
        return text[1:-1].replace("''", "'")
    if len(text) >= 2 and text[0] == text[-1] == '"':
        body = text[1:-1]
        return re.sub(r'\\(.)', lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), body)
    return text


def _split_flow(body):
    """Split the inside of ``[...]`` or ``{...}`` at top-level commas."""
    items, depth, quote, start = [], 0, None, 0
    for i, ch in enumerate(body):
        if quote:
            if ch == quote:
                quote = None
        elif ch in "'\"":
            quote = ch
        elif ch in "[{":
            depth += 1
        elif ch in "]}":
            depth -= 1
        elif ch == "," and depth == 0:
            items.append(body[start:i])
            start = i + 1
    items.append(body[start:])
    return [item.strip() for item in items if item.strip()]


def _flow_depth(text):
    """How many brackets of a flow collection are still open at the end of text."""
    depth, quote = 0, None
    for ch in text:
        if quote:
            if ch == quote:
                quote = None
        elif ch in "'\"":
            quote = ch
        elif ch in "[{":
            depth += 1
        elif ch in "]}":
            depth -= 1
    return depth


def _flow(text):
    text = text.strip()
    if text.startswith("["):
        if not text.endswith("]"):
            raise FrontmatterError(f"unterminated flow sequence: {text!r}")
        return [_flow(item) for item in _split_flow(text[1:-1])]
    if text.startswith("{"):
        if not text.endswith("}"):
            raise FrontmatterError(f"unterminated flow mapping: {text!r}")
        result = {}
        for item in _split_flow(text[1:-1]):
            key, sep, value = item.partition(":")
            if not sep:
                raise FrontmatterError(f"flow mapping entry without ':': {item!r}")
            result[_scalar(key)] = _flow(value)
        return result
    return _scalar(text)


def _block_scalar(header, lines, parent_indent):
    """A ``|`` (literal) or ``>`` (folded) block scalar; ``lines`` are its raw lines.

    Chomping follows YAML: clip (default) keeps one final newline, ``-`` strips
    it, ``+`` keeps all.  An explicit indentation indicator is honoured.
    """
    style = header[0]
    indicators = header[1:].strip()
    chomp = "-" if "-" in indicators else "+" if "+" in indicators else ""
    digits = "".join(c for c in indicators if c.isdigit())
    if digits:
        indent = parent_indent + int(digits)
    else:
        # YAML: the first non-empty line sets the indentation.
        first = next((ln for ln in lines if ln.strip()), "")
        indent = _indent(first)
    body = [ln[indent:] if ln.strip() else "" for ln in lines]
    # Trailing blank lines belong to chomping, not to the content.
    trailing = 0
    while body and body[-1] == "":
        body.pop()
        trailing += 1
    leading = 0
    while leading < len(body) and body[leading] == "":
        leading += 1
    if style == "|":
        text = "\n".join(body)
    else:
        text = _fold(body[leading:], "\n" * leading)
    if not body:
        return "" if chomp != "+" else "\n" * trailing
    if chomp == "-":
        return text
    if chomp == "+":
        return text + "\n" * (trailing + 1)
    return text + "\n"


def _fold(body, text):
    """YAML line folding for ``>`` scalars: a line break between two plain
    lines becomes a space, blank lines become line breaks, and breaks next to
    more-indented lines are kept."""
    if not body:
        return text
    text += body[0]
    previous = body[0]
    k = 1
    while k < len(body):
        empties = 0
        while body[k] == "":
            empties += 1
            k += 1
        line = body[k]
        more_indented = line.startswith((" ", "\t")) or previous.startswith((" ", "\t"))
        if empties == 0:
            text += ("\n" if more_indented else " ") + line
        else:
            text += ("\n" if more_indented else "") + "\n" * empties + line
        previous = line
        k += 1
    return text


def _parse_block(lines, start, end, indent):
    """Parse a block mapping whose keys sit at column ``indent``."""
    result = {}
    i = start
    while i < end:
        line = lines[i]
        if _is_blank(line):
            i += 1
            continue
        if _indent(line) != indent:
            raise FrontmatterError(f"unexpected indentation: {line!r}")
        m = _KEY_RE.match(line.strip())
        if not m:
            raise FrontmatterError(f"expected 'key: value': {line!r}")
        key = m.group(1)
        rest = _strip_comment(m.group(2) or "")
        # The lines that belong to this key: everything more indented (or
        # blank), plus '- item' lines at the key's own indentation.
        j = i + 1
        while j < end:
            ln = lines[j]
            if ln.strip() == "" or _indent(ln) > indent:
                j += 1
            elif _indent(ln) == indent and ln.strip().startswith("- "):
                j += 1
            elif _indent(ln) == indent and ln.strip() == "-":
                j += 1
            else:
                break
        child = lines[i + 1:j]
        if rest[:1] in ("|", ">"):
            result[key] = _block_scalar(rest, child, indent)
        elif rest.startswith(("[", "{")):
            # A flow collection may continue on the next lines, its closing
            # bracket possibly back at the key's indentation.
            text = rest
            j = i + 1
            while _flow_depth(text) > 0 and j < end:
                text += " " + _strip_comment(lines[j].strip())
                j += 1
            result[key] = _flow(text)
        elif rest:
            # A plain or quoted scalar; continuation lines fold into spaces.
            parts = [rest] + [_strip_comment(ln.strip()) for ln in child if ln.strip()]
            result[key] = _scalar(" ".join(parts))
        else:
            content = [k for k in range(i + 1, j) if not _is_blank(lines[k])]
            if not content:
                result[key] = None
            elif lines[content[0]].strip().startswith("-"):
                result[key] = _parse_sequence(lines, content)
            else:
                result[key] = _parse_block(lines, content[0], j, _indent(lines[content[0]]))
        i = j
    return result


def _parse_sequence(lines, content):
    items = []
    for k in content:
        s = lines[k].strip()
        if not s.startswith("-"):
            raise FrontmatterError(f"expected '- item': {lines[k]!r}")
        items.append(_flow(_strip_comment(s[1:].strip())))
    return items


def parse_frontmatter(block):
    """Parse the YAML text between ``/*---`` and ``---*/`` into a dict of str keys.

    Scalars stay strings (``es6id: 12.1`` is ``'12.1'``, not a float); lists
    are lists of strings; ``negative`` is a dict.
    """
    lines = block.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    content = [k for k, ln in enumerate(lines) if not _is_blank(ln)]
    if not content:
        return {}
    return _parse_block(lines, content[0], len(lines), _indent(lines[content[0]]))


def extract_frontmatter(source):
    """The frontmatter text of a test's source, or raise FrontmatterError."""
    m = _FRONTMATTER_RE.search(source)
    if not m:
        raise FrontmatterError("no /*--- ... ---*/ metadata block")
    return m.group(1)


# -- test metadata -------------------------------------------------------------------------

class TestMetadata:
    """What the runner needs from a test's frontmatter."""

    __slots__ = ("flags", "features", "includes", "negative_phase", "negative_type", "raw")
    __test__ = False  # not a pytest test class

    def __init__(self, data):
        self.raw = data
        self.flags = frozenset(_as_list(data.get("flags")))
        self.features = tuple(_as_list(data.get("features")))
        self.includes = tuple(_as_list(data.get("includes")))
        negative = data.get("negative")
        if negative is not None:
            if not isinstance(negative, dict) or "phase" not in negative or "type" not in negative:
                raise FrontmatterError(f"malformed negative: {negative!r}")
            if negative["phase"] not in ("parse", "resolution", "runtime"):
                raise FrontmatterError(f"unknown negative phase: {negative['phase']!r}")
            self.negative_phase = negative["phase"]
            self.negative_type = negative["type"]
        else:
            self.negative_phase = self.negative_type = None

    @property
    def is_async(self):
        return "async" in self.flags

    @property
    def is_module(self):
        return "module" in self.flags

    @property
    def is_raw(self):
        return "raw" in self.flags


def _as_list(value):
    if value is None:
        return []
    if isinstance(value, list):
        return [str(v) for v in value]
    return [str(value)]


def read_metadata(source):
    """The :class:`TestMetadata` of a test's source text."""
    return TestMetadata(parse_frontmatter(extract_frontmatter(source)))


def expand_modes(meta):
    """The runs test262 requires for a test, as a tuple of MODES entries.

    INTERPRETING.md: ``module`` runs once as module code; ``raw`` runs once,
    unmodified, non-strict; ``onlyStrict``/``noStrict`` run once in that mode;
    every other test runs twice, non-strict and strict.
    """
    flags = meta.flags
    if "module" in flags:
        return ("module",)
    if "raw" in flags or "noStrict" in flags:
        return ("sloppy",)
    if "onlyStrict" in flags:
        return ("strict",)
    return ("sloppy", "strict")


def skip_reason(relpath, meta, config):
    """Why the configuration skips this test, or None to run it.

    ``relpath`` is relative to test262's ``test/`` directory with '/'
    separators.  ``config`` is the parsed config.json: ``skip_dirs``,
    ``skip_flags``, ``skip_features``, ``skip_includes`` and ``skip_tests``
    each map a name to the reason.
    """
    for directory, reason in config.get("skip_dirs", {}).items():
        if relpath == directory or relpath.startswith(directory.rstrip("/") + "/"):
            return f"directory {directory}: {reason}"
    reason = config.get("skip_tests", {}).get(relpath)
    if reason:
        return f"test: {reason}"
    if meta is None:
        return None
    skip_flags = config.get("skip_flags", {})
    for flag in sorted(meta.flags):
        if flag in skip_flags:
            return f"flag {flag}: {skip_flags[flag]}"
    skip_features = config.get("skip_features", {})
    for feature in meta.features:
        if feature in skip_features:
            return f"feature {feature}: {skip_features[feature]}"
    skip_includes = config.get("skip_includes", {})
    for include in meta.includes:
        if include in skip_includes:
            return f"include {include}: {skip_includes[include]}"
    return None


def test_id(relpath, mode):
    """How known_failures.txt names one run: the path, plus ' [strict]' for the
    strict run and ' [module]' for module code (the non-strict run has no suffix)."""
    if mode == "sloppy":
        return relpath
    return f"{relpath} [{mode}]"


test_id.__test__ = False  # not a pytest test function


def parse_test_id(text):
    """Inverse of :func:`test_id`: ``(relpath, mode)``."""
    text = text.strip()
    m = re.match(r"^(.*?)\s+\[(strict|module|sloppy)\]$", text)
    if m:
        return m.group(1), m.group(2)
    return text, "sloppy"


# -- verdicts ------------------------------------------------------------------------------

#: What doneprintHandle.js prints for an async test (INTERPRETING.md, "async").
ASYNC_COMPLETE = "Test262:AsyncTestComplete"
ASYNC_FAILURE = "Test262:AsyncTestFailure:"


class Outcome:
    """What happened when one run of a test was evaluated.

    ``kind`` is one of:
      'completed'  the script finished without an uncaught exception;
      'threw'      an uncaught exception: ``phase`` ('parse', 'resolution' or
                   'runtime'), ``error_type`` (the name of the thrown value's
                   constructor, '' for a primitive) and ``message``;
      'harness'    a harness file failed to load (``message`` says which);
      'limit'      a limit stopped it (``message``: time, steps, memory...);
      'crash'      the interpreter or its worker process broke (``message``).
    ``printed`` is every string the test passed to ``print``.
    """

    __slots__ = ("kind", "phase", "error_type", "message", "printed")

    def __init__(self, kind, phase=None, error_type=None, message="", printed=()):
        self.kind = kind
        self.phase = phase
        self.error_type = error_type
        self.message = message
        self.printed = tuple(printed)

    def __repr__(self):
        return (f"Outcome({self.kind!r}, phase={self.phase!r}, error_type={self.error_type!r}, "
                f"message={self.message!r})")

    def describe_error(self):
        text = self.error_type or "(thrown value)"
        if self.message:
            text += ": " + self.message
        if self.phase and self.phase != "runtime":
            text += f" [{self.phase} phase]"
        return text


def classify(meta, outcome):
    """``(passed, reason)`` for a run: INTERPRETING.md, "Test Results".

    A negative test passes only if it throws the named error type in the named
    phase.  Any other test passes if it completes without an uncaught
    exception, and an async test must also print ``Test262:AsyncTestComplete``
    (and must not print a ``Test262:AsyncTestFailure:`` line).
    """
    if outcome.kind in ("limit", "crash", "harness"):
        return False, f"{outcome.kind}: {outcome.message}"
    if meta.negative_phase is not None:
        expected = f"{meta.negative_type} [{meta.negative_phase} phase]"
        if outcome.kind == "completed":
            return False, f"expected {expected}, but nothing was thrown"
        if outcome.phase == meta.negative_phase and outcome.error_type == meta.negative_type:
            return True, ""
        return False, f"expected {expected}, got {outcome.describe_error()}"
    if outcome.kind == "threw":
        return False, outcome.describe_error()
    if meta.is_async:
        for line in outcome.printed:
            if line.startswith(ASYNC_FAILURE):
                return False, line[len(ASYNC_FAILURE):].strip()
        if ASYNC_COMPLETE in outcome.printed:
            return True, ""
        return False, "async test did not print Test262:AsyncTestComplete (was $DONE called?)"
    return True, ""
