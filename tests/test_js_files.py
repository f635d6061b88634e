"""The JS conformance corpus: every tests/js/**/*.js file is one test.

Each file is run in-process with ``gode.Runtime(...).run_main(path)`` and its
stdout, exit status and uncaught error are compared with the expectation
comments recorded from node (format: js_expectations.py; re-record with
tests/record_expectations.py).  Node is never needed here.
"""

import difflib
import io
import sys
import traceback
from pathlib import Path

import pytest

# Importable whether or not tests/ is a package.
sys.path.insert(0, str(Path(__file__).resolve().parent))
from js_expectations import parse_expectations  # noqa: E402

JS_ROOT = Path(__file__).resolve().parent / "js"
JS_FILES = sorted(JS_ROOT.rglob("*.js"))
KNOWN_FAILURES_FILE = JS_ROOT / "known_failures.txt"


def load_known_failures():
    """path -> reason for files expected to fail until a later issue lands.

    Enforced both ways: a listed file that passes fails the run, so the list
    only ever shrinks."""
    known = {}
    if KNOWN_FAILURES_FILE.exists():
        for line in KNOWN_FAILURES_FILE.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            path, _, reason = line.partition(" ")
            known[path] = reason.strip()
    return known


KNOWN_FAILURES = load_known_failures()

# Long stderr (a deep stack) is cut in failure reports so the diff stays readable.
MAX_STDERR_SHOWN = 4000


def run_js_file(path):
    """Run ``path`` like ``node path``; return (stdout, stderr, status, crash).

    ``crash`` is the Python traceback text if the interpreter itself raised,
    which is always a bug (a JS error must never surface as a Python one).
    """
    import gode

    out, err = io.StringIO(), io.StringIO()
    crash = None
    status = None
    try:
        status = gode.Runtime(stdout=out, stderr=err, timeout=60).run_main(str(path), argv=[])
    except Exception:
        crash = traceback.format_exc()
    return out.getvalue(), err.getvalue(), status, crash


def describe_failure(problems, expected_stdout, stdout, stderr, status, crash):
    report = ["", *("* " + p for p in problems), ""]
    if expected_stdout != stdout:
        diff = difflib.unified_diff(
            expected_stdout.splitlines(), stdout.splitlines(),
            "expected stdout", "actual stdout", lineterm="")
        report += ["--- stdout diff (expected vs actual) ---", *diff, ""]
        if stdout and not stdout.endswith("\n"):
            report.append("(actual stdout does not end with a newline)")
    else:
        report.append("stdout matched (%d lines)" % len(stdout.splitlines()))
    report.append("exit status: %r" % (status,))
    if stderr:
        shown = stderr if len(stderr) <= MAX_STDERR_SHOWN else (
            stderr[:MAX_STDERR_SHOWN] + "\n... (%d more characters)" % (len(stderr) - MAX_STDERR_SHOWN))
        report += ["--- stderr ---", shown.rstrip("\n")]
    if crash:
        report += ["--- Python exception escaped the interpreter ---", crash.rstrip("\n")]
    return "\n".join(report)


@pytest.mark.parametrize(
    "path", JS_FILES, ids=[p.relative_to(JS_ROOT).as_posix() for p in JS_FILES])
def test_js_file(path):
    expected = parse_expectations(path.read_text(encoding="utf-8"))
    stdout, stderr, status, crash = run_js_file(path)

    problems = []
    if crash:
        problems.append("the interpreter raised a Python exception")
    if stdout != expected.stdout:
        problems.append("stdout differs")
    if status != expected.status:
        problems.append("exit status %r, expected %d" % (status, expected.status))
    stderr_lines = [line.rstrip() for line in stderr.splitlines()]
    for error in expected.errors:
        if error not in stderr_lines:
            problems.append("stderr has no line %r" % error)
    rel = path.relative_to(JS_ROOT).as_posix()
    reason = KNOWN_FAILURES.get(rel)
    if reason is not None:
        if not problems:
            pytest.fail(f"{rel} now passes: remove it from tests/js/known_failures.txt",
                        pytrace=False)
        if not crash:
            pytest.xfail(reason)
    if problems:
        pytest.fail(describe_failure(problems, expected.stdout, stdout, stderr, status, crash),
                    pytrace=False)


def test_known_failures_exist():
    """Every known failure names a real file."""
    missing = [p for p in KNOWN_FAILURES if not (JS_ROOT / p).exists()]
    assert not missing, f"known_failures.txt lists files that do not exist: {missing}"
