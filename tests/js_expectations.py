"""The `// expect...` comment format of the JS conformance corpus (tests/js/).

Shared by the pytest harness (test_js_files.py) and the recorder
(record_expectations.py) so both read and write the same format.

A test file states what running it with ``node file.js`` prints:

``// expect: <text>``
    One line of stdout, in file order.  The comments may sit inline after
    the statement that prints or in a block at the end of the file.  The
    whole stdout must equal exactly these lines (each ended by a newline).
    ``// expect:`` with nothing after it is an empty line.  An expected line
    cannot hold a JS line terminator (CR, U+2028, U+2029): it would end the
    comment.
``// expect-error: <text>``
    The program ends with an uncaught error: the exit status is 1 (unless
    ``expect-exit`` says otherwise) and ``<text>`` is one whole line of
    stderr, e.g. ``TypeError: Cannot read properties of undefined (reading 'y')``.
``// expect-exit: N``
    The exit status.

A file without any of these expects empty stdout and exit status 0.
"""

import re
from dataclasses import dataclass, field

# The text after "expect:" is taken verbatim except for the single space that
# separates it from the colon, so lines with leading spaces stay exact.
EXPECT_RE = re.compile(r"//\s*expect: ?(.*)$")
EXPECT_ERROR_RE = re.compile(r"//\s*expect-error: ?(.*)$")
EXPECT_EXIT_RE = re.compile(r"//\s*expect-exit:\s*(-?\d+)\s*$")
# Any expectation comment, for stripping: the comment and everything after it.
ANY_EXPECT_RE = re.compile(r"\s*//\s*expect(?:-error|-exit)?:.*$")


@dataclass
class Expectations:
    stdout_lines: list = field(default_factory=list)
    errors: list = field(default_factory=list)
    exit_status: int = None

    @property
    def status(self):
        """The exit status the program must end with."""
        if self.exit_status is not None:
            return self.exit_status
        return 1 if self.errors else 0

    @property
    def stdout(self):
        return "".join(line + "\n" for line in self.stdout_lines)


def source_lines(source):
    """Split on newlines only: str.splitlines would also split on characters
    such as U+001C or U+0085 that may appear inside an expected line."""
    return source.split("\n")


def parse_expectations(source):
    """Collect the expectation comments of a test file's source text."""
    exp = Expectations()
    for line in source_lines(source):
        m = EXPECT_RE.search(line)
        if m:
            exp.stdout_lines.append(m.group(1))
            continue
        m = EXPECT_ERROR_RE.search(line)
        if m:
            exp.errors.append(m.group(1).rstrip())
            continue
        m = EXPECT_EXIT_RE.search(line)
        if m:
            exp.exit_status = int(m.group(1))
    return exp


def strip_expectations(source):
    """Remove every expectation comment; lines that held only one disappear."""
    kept = []
    for line in source_lines(source):
        if ANY_EXPECT_RE.search(line):
            code = ANY_EXPECT_RE.sub("", line)
            if not code.strip():
                continue
            line = code.rstrip()
        kept.append(line)
    while kept and not kept[-1].strip():
        kept.pop()
    return "\n".join(kept) + "\n"


def format_expectations(stdout_lines, error_line=None, exit_status=0):
    """The block of comments appended to a test file."""
    out = []
    for line in stdout_lines:
        out.append(("// expect: " + line) if line else "// expect:")
    if error_line is not None:
        out.append("// expect-error: " + error_line)
    if error_line is not None or exit_status != 0:
        out.append("// expect-exit: %d" % exit_status)
    return "".join(line + "\n" for line in out)
