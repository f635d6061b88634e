"""The command line, ``python -m gode``, behaves like ``node``.

Each expected output here was recorded from node v20 (the stderr shapes of
syntax errors and uncaught errors included); the version line is gode's own.
"""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import gode

REPO_ROOT = Path(__file__).resolve().parent.parent
CARET_LINE = re.compile(r"^ *\^+ *$")


def run_gode(*args, stdin=None, cwd=None):
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO_ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return subprocess.run(
        [sys.executable, "-m", "gode", *args],
        input=stdin, capture_output=True, text=True, encoding="utf-8",
        cwd=cwd or REPO_ROOT, env=env, timeout=60)


def describe(proc):
    return "exit status %r\n--- stdout ---\n%s\n--- stderr ---\n%s" % (
        proc.returncode, proc.stdout, proc.stderr)


def assert_error_report(stderr, location, source_line, caret_column, header):
    """node's report of an error at a source location::

        /path/file.js:2
        let y = ;
                ^

        SyntaxError: Unexpected token ';'
    """
    lines = stderr.split("\n")
    assert location in lines, stderr
    i = lines.index(location)
    assert lines[i + 1] == source_line, stderr
    assert CARET_LINE.match(lines[i + 2]), stderr
    assert lines[i + 2].index("^") == caret_column, stderr
    assert header in lines[i + 3:], stderr


@pytest.fixture
def script(tmp_path):
    def make(source, name="main.js"):
        path = tmp_path / name
        path.write_text(source, encoding="utf-8")
        return path
    return make


# -- -e / -p / stdin -----------------------------------------------------------------


def test_eval_option():
    proc = run_gode("-e", "console.log(1 + 1)")
    assert (proc.returncode, proc.stdout) == (0, "2\n"), describe(proc)


def test_eval_argv_has_no_script_path():
    proc = run_gode("-e", "console.log(process.argv.length, JSON.stringify(process.argv.slice(1)))",
                    "x", "y")
    assert (proc.returncode, proc.stdout) == (0, '3 ["x","y"]\n'), describe(proc)


def test_print_option():
    proc = run_gode("-p", "1 + 2")
    assert (proc.returncode, proc.stdout) == (0, "3\n"), describe(proc)


def test_print_option_strings_and_undefined():
    proc = run_gode("-p", "'a' + 'b'")
    assert (proc.returncode, proc.stdout) == (0, "ab\n"), describe(proc)
    proc = run_gode("-p", "undefined")
    assert (proc.returncode, proc.stdout) == (0, "undefined\n"), describe(proc)


def test_combined_print_eval_flag():
    proc = run_gode("-pe", "6 * 7")
    assert (proc.returncode, proc.stdout) == (0, "42\n"), describe(proc)


def test_stdin_dash():
    proc = run_gode("-", "x", "y",
                    stdin='console.log("hi", process.argv.length, process.argv.slice(2).join(","))')
    assert (proc.returncode, proc.stdout) == (0, "hi 4 x,y\n"), describe(proc)


def test_eval_syntax_error():
    proc = run_gode("-e", "let x = ;")
    assert proc.returncode == 1, describe(proc)
    assert proc.stdout == ""
    assert_error_report(proc.stderr, "[eval]:1", "let x = ;", 8, "SyntaxError: Unexpected token ';'")


def test_stdin_syntax_error():
    proc = run_gode("-", stdin="let x = ;\n")
    assert proc.returncode == 1, describe(proc)
    assert_error_report(proc.stderr, "[stdin]:1", "let x = ;", 8, "SyntaxError: Unexpected token ';'")


def test_eval_uncaught_error():
    proc = run_gode("-e", "null.x")
    assert proc.returncode == 1, describe(proc)
    assert_error_report(proc.stderr, "[eval]:1", "null.x", 5,
                        "TypeError: Cannot read properties of null (reading 'x')")


# -- --check ---------------------------------------------------------------------------


def test_check_syntax_error(script):
    path = script("let x = 1;\nlet y = ;\n")
    proc = run_gode("--check", str(path))
    assert proc.returncode == 1, describe(proc)
    assert proc.stdout == ""
    assert_error_report(proc.stderr, "%s:2" % path, "let y = ;", 8, "SyntaxError: Unexpected token ';'")


def test_check_early_error(script):
    path = script("let x = 1;\nlet x = 2;\n")
    proc = run_gode("-c", str(path))
    assert proc.returncode == 1, describe(proc)
    assert_error_report(proc.stderr, "%s:2" % path, "let x = 2;", 4,
                        "SyntaxError: Identifier 'x' has already been declared")


def test_check_valid_file_does_not_run_it(script):
    path = script('console.log("should not run");\n')
    proc = run_gode("--check", str(path))
    assert (proc.returncode, proc.stdout, proc.stderr) == (0, "", ""), describe(proc)


# -- running files ---------------------------------------------------------------------


def test_run_file(script):
    path = script('console.log("hello from a file");\n')
    proc = run_gode(str(path))
    assert (proc.returncode, proc.stdout) == (0, "hello from a file\n"), describe(proc)


def test_run_file_syntax_error(script):
    path = script('console.log("never");\nlet y = ;\n')
    proc = run_gode(str(path))
    assert proc.returncode == 1, describe(proc)
    assert proc.stdout == ""
    assert_error_report(proc.stderr, "%s:2" % path, "let y = ;", 8, "SyntaxError: Unexpected token ';'")


def test_run_file_uncaught_error(script):
    path = script("console.log(1);\nlet o;\nfunction f(){ return o.y; }\nf();\n")
    proc = run_gode(str(path))
    assert (proc.returncode, proc.stdout) == (1, "1\n"), describe(proc)
    assert_error_report(proc.stderr, "%s:3" % path, "function f(){ return o.y; }", 23,
                        "TypeError: Cannot read properties of undefined (reading 'y')")


def test_process_argv(script):
    path = script("console.log(JSON.stringify(process.argv.slice(1)));\n"
                  "console.log(typeof process.argv[0], process.argv.length);\n")
    proc = run_gode(str(path), "a", "b c")
    assert proc.returncode == 0, describe(proc)
    assert proc.stdout.split("\n") == [
        '["%s","a","b c"]' % str(path).replace("\\", "\\\\"), "string 4", ""], describe(proc)


def test_process_argv_relative_path_is_absolute(script):
    path = script("console.log(process.argv[1]);\n", name="rel.js")
    proc = run_gode("rel.js", cwd=path.parent)
    assert (proc.returncode, proc.stdout) == (0, str(path) + "\n"), describe(proc)


def test_exit_code_from_process_exit_code(script):
    path = script('process.exitCode = 5;\nconsole.log("still runs");\n')
    proc = run_gode(str(path))
    assert (proc.returncode, proc.stdout) == (5, "still runs\n"), describe(proc)


def test_exit_code_from_process_exit(script):
    path = script('console.log("before");\nprocess.exit(3);\nconsole.log("after");\n')
    proc = run_gode(str(path))
    assert (proc.returncode, proc.stdout) == (3, "before\n"), describe(proc)


def test_process_exit_without_argument_uses_exit_code():
    proc = run_gode("-e", "process.exitCode = 7; process.exit()")
    assert proc.returncode == 7, describe(proc)
    proc = run_gode("-e", "process.exit()")
    assert proc.returncode == 0, describe(proc)


def test_exit_code_from_stdin_script():
    proc = run_gode("-", stdin='process.exitCode = 4; console.log("set")')
    assert (proc.returncode, proc.stdout) == (4, "set\n"), describe(proc)


def test_uncaught_error_overrides_exit_code():
    proc = run_gode("-e", 'process.exitCode = 2; throw new Error("boom")')
    assert proc.returncode == 1, describe(proc)
    assert "Error: boom" in proc.stderr.split("\n"), describe(proc)


def test_missing_file(tmp_path):
    missing = tmp_path / "missing.js"
    proc = run_gode(str(missing))
    assert proc.returncode == 1, describe(proc)
    assert "Error: Cannot find module '%s'" % missing in proc.stderr.split("\n"), describe(proc)


# -- informational options ---------------------------------------------------------------


def test_version():
    for flag in ("--version", "-v"):
        proc = run_gode(flag)
        assert (proc.returncode, proc.stdout) == (0, "v%s\n" % gode.__version__), describe(proc)


def test_help():
    for flag in ("--help", "-h"):
        proc = run_gode(flag)
        assert proc.returncode == 0, describe(proc)
        assert proc.stdout.startswith("Usage:"), describe(proc)
        for option in ("-e", "-p", "--check", "--version"):
            assert option in proc.stdout, (option, describe(proc))


def test_bad_option():
    proc = run_gode("--bogus")
    assert proc.returncode == 9, describe(proc)
    assert "bad option: --bogus" in proc.stderr, describe(proc)


def test_repl_on_a_terminal():
    """With a terminal on stdin, gode starts node's kind of REPL."""
    import os
    import pty
    import select
    import time
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(sys.executable, [sys.executable, "-m", "gode"])
    out = b""

    def read(seconds):
        """Read until a prompt ends the output (or the time is up)."""
        nonlocal out
        end = time.time() + seconds
        while time.time() < end:
            ready, _, _ = select.select([fd], [], [], 0.1)
            if ready:
                try:
                    out += os.read(fd, 4096)
                except OSError:
                    return
                if out.endswith((b"> ", b"... ")):
                    return
    for line in ["let a = [1, 2]", "a.map(x => {", "return x * 3 })", "null.x", ".exit"]:
        read(20.0)
        os.write(fd, (line + "\n").encode())
    read(5.0)
    os.waitpid(pid, 0)
    text = out.decode(errors="replace").replace("\r\n", "\n")
    assert "[ 3, 6 ]" in text
    assert "... " in text
    assert "Uncaught TypeError: Cannot read properties of null (reading 'x')" in text


def test_closed_stdout_pipe_is_quiet():
    """gode x.js | head -1: the reader going away is not an error of gode's."""
    proc = subprocess.run(
        f"{sys.executable} -m gode -e 'for (let i = 0; i < 200000; i++) console.log(i)' | head -1",
        shell=True, capture_output=True, text=True, timeout=120)
    assert proc.stdout == "0\n"
    assert "internal error" not in proc.stderr
    assert "Traceback" not in proc.stderr
