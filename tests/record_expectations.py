#!/usr/bin/env python3
"""Record the expected output of JS test files from node.

    python tests/record_expectations.py tests/js/classes/*.js
    python tests/record_expectations.py --check tests/js        # verify only

Each file is run with ``node file.js`` (twice, to catch nondeterminism); its
old expectation comments are stripped and a fresh block is appended:
``// expect:`` per stdout line, and for an uncaught error the error's header
line (``TypeError: ...``) as ``// expect-error:`` plus ``// expect-exit:``.
Directories are searched for *.js recursively.  The recorded comments are
committed: node is never needed when the tests run.
"""

import argparse
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from js_expectations import (  # noqa: E402
    format_expectations, parse_expectations, strip_expectations)

NODE_TIMEOUT = 60
# node prints the source line under the location and a line of spaces and
# carets under the offending token; the thrown value is printed after it.
CARET_LINE_RE = re.compile(r"^\s*\^+\s*$")
NODE_TRAILER_RE = re.compile(r"^Node\.js v\d+")


class RecordError(Exception):
    pass


def run_node(path, node):
    try:
        proc = subprocess.run(
            [node, path.name], cwd=path.parent, capture_output=True, timeout=NODE_TIMEOUT)
    except subprocess.TimeoutExpired:
        raise RecordError("node timed out after %ds" % NODE_TIMEOUT)
    return (proc.stdout.decode("utf-8", "replace"), proc.stderr.decode("utf-8", "replace"),
            proc.returncode)


def error_header(stderr):
    """The header line of node's uncaught-error report: ``TypeError: msg``.

    node prints ``file:line``, the source line and a caret line, then the
    thrown value (``inspect`` of it: the stack for errors, whose first line
    is the header).  Without a caret block the first non-empty line is used.
    """
    lines = stderr.splitlines()
    for i, line in enumerate(lines):
        if CARET_LINE_RE.match(line):
            for following in lines[i + 1:]:
                if following.strip():
                    return following.rstrip()
            break
    for line in lines:
        if line.strip() and not NODE_TRAILER_RE.match(line):
            return line.rstrip()
    return None


def expected_block(path, node):
    stdout, stderr, status = run_node(path, node)
    again = run_node(path, node)
    if again != (stdout, stderr, status):
        raise RecordError("output differs between two node runs: the test is not deterministic")
    if stdout and not stdout.endswith("\n"):
        raise RecordError("stdout does not end with a newline; the format cannot express that")
    for terminator, name in (("\r", "a carriage return"), ("\u2028", "U+2028"), ("\u2029", "U+2029")):
        if terminator in stdout:
            raise RecordError("stdout contains %s, a JS line terminator that would end the "
                              "expectation comment; print it escaped" % name)
    stdout_lines = stdout[:-1].split("\n") if stdout else []
    error_line = None
    # node ends its report of an uncaught error with a "Node.js v20..." line
    # and exits 1; any other status is an explicit process.exit / exitCode.
    if status == 1 and any(NODE_TRAILER_RE.match(line) for line in stderr.splitlines()):
        error_line = error_header(stderr)
    elif status < 0:
        raise RecordError("node was killed by signal %d" % -status)
    return format_expectations(stdout_lines, error_line, status), stderr


def js_files(args):
    for arg in args:
        p = Path(arg)
        if p.is_dir():
            yield from sorted(p.rglob("*.js"))
        elif p.is_file():
            yield p
        else:
            raise SystemExit("no such file or directory: %s" % arg)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="+", help=".js files or directories")
    ap.add_argument("--check", action="store_true",
                    help="only report files whose recorded expectations differ from node")
    ap.add_argument("--node", default="node", help="node executable (default: node)")
    ap.add_argument("-v", "--verbose", action="store_true", help="show node's stderr")
    args = ap.parse_args(argv)

    failures = 0
    for path in js_files(args.paths):
        path = path.resolve()
        source = path.read_text(encoding="utf-8")
        try:
            block, stderr = expected_block(path, args.node)
        except RecordError as e:
            print("ERROR %s: %s" % (path, e), file=sys.stderr)
            failures += 1
            continue
        if args.verbose and stderr:
            print("--- %s stderr ---\n%s" % (path, stderr.rstrip()), file=sys.stderr)
        if args.check:
            recorded = parse_expectations(source)
            fresh = parse_expectations(block)
            if (recorded.stdout_lines, recorded.errors, recorded.status) != (
                    fresh.stdout_lines, fresh.errors, fresh.status):
                print("DIFFERS %s" % path)
                failures += 1
            continue
        if any(line != line.rstrip() for line in block.splitlines()):
            print("WARNING %s: an expected line ends with whitespace (fragile in editors)" % path,
                  file=sys.stderr)
        code = strip_expectations(source)
        new_source = code + ("\n" + block if block else "")
        if new_source != source:
            path.write_text(new_source, encoding="utf-8")
            print("recorded %s" % path)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
