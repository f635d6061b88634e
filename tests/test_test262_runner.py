"""Tests of the test262 runner itself (tests/test262/), without test262.

They use synthetic test files and a tiny fake harness in a temporary
directory, and mostly a fake executor in place of the interpreter, so they
run in CI where no test262 checkout exists.
"""

import json
import os
import sys
import textwrap
import time

import pytest

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from tests.test262 import runner  # noqa: E402
from tests.test262.testcase import (  # noqa: E402
    FrontmatterError, Outcome, TestMetadata, classify, expand_modes, extract_frontmatter,
    parse_frontmatter, parse_test_id, read_metadata, skip_reason, test_id)


# -- frontmatter -------------------------------------------------------------------------

def test_frontmatter_typical_test():
    source = textwrap.dedent("""\
        // Copyright (C) 2016 the V8 project authors. All rights reserved.
        /*---
        esid: sec-array.prototype.includes
        es6id: 12.1
        description: >
          Folded description
          over two lines
        info: |
          Line one
            indented line

          after a blank line
        features: [Symbol, Array.prototype.includes] # a comment
        flags: [onlyStrict]
        includes: [propertyHelper.js, compareArray.js]
        ---*/
        assert(true);
        """)
    data = parse_frontmatter(extract_frontmatter(source))
    assert data["esid"] == "sec-array.prototype.includes"
    assert data["es6id"] == "12.1"  # scalars stay strings
    assert data["description"] == "Folded description over two lines\n"
    assert data["info"] == "Line one\n  indented line\n\nafter a blank line\n"
    assert data["features"] == ["Symbol", "Array.prototype.includes"]
    assert data["flags"] == ["onlyStrict"]
    assert data["includes"] == ["propertyHelper.js", "compareArray.js"]


def test_frontmatter_block_lists_nested_mapping_and_multiline_flow():
    data = parse_frontmatter(textwrap.dedent("""
        description: plain scalar
          continued on the next line
        negative:
          phase: parse
          type: SyntaxError
        includes:
          - compareArray.js
          - 'deepEqual.js'
        features: [
          class,
          "generators"
        ]
        flags: [ ]
        author: "Jane \\"Q\\" Doe"
        """))
    assert data["description"] == "plain scalar continued on the next line"
    assert data["negative"] == {"phase": "parse", "type": "SyntaxError"}
    assert data["includes"] == ["compareArray.js", "deepEqual.js"]
    assert data["features"] == ["class", "generators"]
    assert data["flags"] == []
    assert data["author"] == 'Jane "Q" Doe'


def test_frontmatter_block_scalar_chomping_and_empty_values():
    data = parse_frontmatter("a: |-\n  kept\n  lines\nb: >+\n  x\n\nc:\nd: ''\n")
    assert data["a"] == "kept\nlines"
    assert data["b"] == "x\n\n"
    assert data["c"] is None
    assert data["d"] == ""


def test_frontmatter_flow_mapping():
    data = parse_frontmatter("negative: {phase: runtime, type: Test262Error}\n")
    assert data["negative"] == {"phase": "runtime", "type": "Test262Error"}


def test_frontmatter_errors():
    with pytest.raises(FrontmatterError):
        extract_frontmatter("// no metadata here\n1;\n")
    with pytest.raises(FrontmatterError):
        parse_frontmatter("features: [a, b\n")
    with pytest.raises(FrontmatterError):
        read_metadata("/*---\nnegative:\n  phase: later\n  type: SyntaxError\n---*/")


# -- modes, skips, ids ---------------------------------------------------------------------

def meta(**fields):
    return TestMetadata(fields)


@pytest.mark.parametrize("flags, modes", [
    ([], ("sloppy", "strict")),
    (["generated"], ("sloppy", "strict")),
    (["onlyStrict"], ("strict",)),
    (["noStrict"], ("sloppy",)),
    (["raw"], ("sloppy",)),
    (["module"], ("module",)),
    (["module", "async"], ("module",)),
    (["async"], ("sloppy", "strict")),
    (["CanBlockIsFalse"], ("sloppy", "strict")),
])
def test_expand_modes(flags, modes):
    assert expand_modes(meta(flags=flags)) == modes


def test_skip_reason_order_and_sources():
    config = {
        "skip_dirs": {"intl402": "no Intl"},
        "skip_flags": {"async": "issue 4: Promise and the event loop"},
        "skip_features": {"Temporal": "beyond ES2023"},
        "skip_includes": {"atomicsHelper.js": "no agents"},
        "skip_tests": {"language/x.js": "hangs"},
    }
    assert skip_reason("intl402/Collator/a.js", None, config) == "directory intl402: no Intl"
    assert skip_reason("intl402x/a.js", meta(), config) is None
    assert skip_reason("language/x.js", meta(), config) == "test: hangs"
    assert skip_reason("a.js", meta(flags=["async"]), config).startswith("flag async: issue 4")
    assert skip_reason("a.js", meta(features=["BigInt", "Temporal"]), config) == \
        "feature Temporal: beyond ES2023"
    assert skip_reason("a.js", meta(includes=["atomicsHelper.js"]), config) == \
        "include atomicsHelper.js: no agents"
    assert skip_reason("a.js", meta(features=["BigInt"]), config) is None


def test_test_ids_round_trip():
    assert test_id("language/a.js", "sloppy") == "language/a.js"
    assert test_id("language/a.js", "strict") == "language/a.js [strict]"
    for mode in ("sloppy", "strict", "module"):
        assert parse_test_id(test_id("built-ins/b c.js", mode)) == ("built-ins/b c.js", mode)


def test_the_repository_config_is_well_formed():
    config = runner.load_config()
    assert len(config["test262_commit"]) == 40
    for section in ("skip_dirs", "skip_flags", "skip_features", "skip_includes", "skip_tests"):
        for name, reason in config[section].items():
            assert isinstance(reason, str) and reason.strip(), (section, name)
    assert "issue 4" in config["skip_flags"]["async"]


# -- verdicts ------------------------------------------------------------------------------

NEG_PARSE = dict(negative={"phase": "parse", "type": "SyntaxError"})
NEG_RUNTIME = dict(negative={"phase": "runtime", "type": "Test262Error"})


@pytest.mark.parametrize("fields, outcome, passed", [
    ({}, Outcome("completed"), True),
    ({}, Outcome("threw", "runtime", "Test262Error", "oops"), False),
    ({}, Outcome("limit", message="time"), False),
    ({}, Outcome("crash", message="Python KeyError"), False),
    ({}, Outcome("harness", message="harness/assert.js: SyntaxError"), False),
    (NEG_PARSE, Outcome("threw", "parse", "SyntaxError", "Unexpected token"), True),
    (NEG_PARSE, Outcome("threw", "runtime", "SyntaxError", "from eval"), False),
    (NEG_PARSE, Outcome("threw", "parse", "ReferenceError", "bad lhs"), False),
    (NEG_PARSE, Outcome("threw", "runtime", "", "Test262: This statement should not be "
                                                 "evaluated."), False),
    (NEG_PARSE, Outcome("completed"), False),
    (NEG_RUNTIME, Outcome("threw", "runtime", "Test262Error", ""), True),
    (NEG_RUNTIME, Outcome("threw", "runtime", "TypeError", "x"), False),
    (NEG_RUNTIME, Outcome("threw", "parse", "Test262Error", ""), False),
    (NEG_RUNTIME, Outcome("limit", message="time"), False),
    (dict(flags=["async"]), Outcome("completed", printed=["Test262:AsyncTestComplete"]), True),
    (dict(flags=["async"]), Outcome("completed", printed=[]), False),
    (dict(flags=["async"]),
     Outcome("completed", printed=["Test262:AsyncTestFailure:Test262Error: no"]), False),
    (dict(flags=["async"]), Outcome("threw", "runtime", "TypeError", "sync throw"), False),
])
def test_classify(fields, outcome, passed):
    ok, reason = classify(meta(**fields), outcome)
    assert ok is passed
    assert (reason == "") is passed


def test_classify_messages_name_expected_and_actual():
    ok, reason = classify(meta(**NEG_PARSE), Outcome("threw", "runtime", "ReferenceError", "x"))
    assert reason == "expected SyntaxError [parse phase], got ReferenceError: x"
    ok, reason = classify(meta(**NEG_PARSE), Outcome("completed"))
    assert "nothing was thrown" in reason
    ok, reason = classify(meta(flags=["async"]),
                          Outcome("completed", printed=["Test262:AsyncTestFailure:Error: e"]))
    assert reason == "Error: e"


# -- known failures ------------------------------------------------------------------------

def runs_of(results):
    out = []
    for tid, status in results.items():
        relpath, mode = parse_test_id(tid)
        out.append(runner.Run(relpath, mode, status))
    return out


def test_known_failures_enforced_both_ways():
    runs = runs_of({"a.js": "pass", "a.js [strict]": "fail", "b.js": "fail",
                    "c.js": "pass", "d.js": "skip"})
    known = {"a.js [strict]", "c.js", "d.js", "gone.js", "other/x.js"}
    scope = {"a.js", "b.js", "c.js", "d.js", "gone.js"}
    new_failures, unexpected_passes, stale = runner.compare_with_known(runs, known, scope)
    assert [r.id for r in new_failures] == ["b.js"]
    assert [r.id for r in unexpected_passes] == ["c.js"]
    assert stale == ["d.js", "gone.js"]  # other/x.js is outside the scope
    updated = runner.updated_known_failures(runs, known, scope)
    assert updated == {"a.js [strict]", "b.js", "other/x.js"}


def test_known_failures_file_round_trip(tmp_path):
    path = tmp_path / "known.txt"
    assert runner.read_known_failures(str(path)) == set()
    ids = {"language/b.js [strict]", "language/b.js", "built-ins/a.js"}
    runner.write_known_failures(str(path), ids)
    text = path.read_text()
    assert text.startswith("#")
    body = [ln for ln in text.splitlines() if not ln.startswith("#")]
    assert body == ["built-ins/a.js", "language/b.js", "language/b.js [strict]"]
    assert runner.read_known_failures(str(path)) == ids


# -- the pool and the command line, with a fake interpreter ----------------------------------

def fake_executor(root, timeout, relpath, mode):
    """Stands in for the interpreter: the test text says what to do."""
    with open(os.path.join(root, "test", relpath)) as f:
        text = f.read()
    if "CRASH" in text:
        os._exit(3)
    if "HANG" in text:
        time.sleep(60)
    if "HOG" in text:
        hog = b"x" * (600 << 20)  # noqa: F841 (resident: the parent must kill us)
        time.sleep(60)
    if "SLOWONCE" in text:
        marker = os.path.join(root, "test", relpath + "." + mode + ".seen")
        if not os.path.exists(marker):
            open(marker, "w").close()
            return "fail", "limit: time: time limit of 1.0s exceeded"
    if "RAISE" in text:
        raise KeyError("bug in the interpreter")
    if "FAIL" in text or ("STRICTBAD" in text and mode == "strict"):
        return "fail", f"Test262Error: failed in {mode}"
    return "pass", ""


def make_suite(root, tests):
    (root / "harness").mkdir(parents=True)
    (root / "harness" / "assert.js").write_text(
        "function assert(v, m) { if (v !== true) throw new Test262Error(m); }\n")
    (root / "harness" / "sta.js").write_text(
        "function Test262Error(m) { this.message = m || ''; }\n"
        "function $DONOTEVALUATE() { throw 'Test262: This statement should not be "
        "evaluated.'; }\n")
    (root / "harness" / "doneprintHandle.js").write_text(
        "function $DONE(e) { print(e ? 'Test262:AsyncTestFailure:' + e : "
        "'Test262:AsyncTestComplete'); }\n")
    for relpath, (frontmatter, body) in tests.items():
        path = root / "test" / relpath
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"/*---\n{frontmatter}\n---*/\n{body}\n")


def test_pool_survives_crashes_timeouts_memory_hogs_and_exceptions(tmp_path):
    make_suite(tmp_path, {
        "ok.js": ("description: ok", "1;"),
        "crash.js": ("description: crash", "CRASH"),
        "hang.js": ("description: hang", "HANG"),
        "raise.js": ("description: raise", "RAISE"),
        "ok2.js": ("description: ok", "2;"),
        "hog.js": ("description: hog", "HOG"),
    })
    tasks = [(name, "sloppy") for name in ("ok.js", "crash.js", "hang.js", "raise.js", "ok2.js",
                                           "hog.js")]
    results = {}

    def on_result(index, status, message, seconds):
        results[tasks[index][0]] = (status, message)

    started = time.monotonic()
    runner.run_pool(tasks, on_result, jobs=2, executor=fake_executor,
                    init_args=(str(tmp_path), 1.0), task_timeout=5.0, max_tasks_per_worker=2,
                    memory_limit_mb=400)
    assert time.monotonic() - started < 30
    assert results["ok.js"] == ("pass", "")
    assert results["ok2.js"] == ("pass", "")
    assert results["crash.js"][0] == "fail" and "exit code 3" in results["crash.js"][1]
    assert results["hang.js"][0] == "fail" and results["hang.js"][1].startswith("timeout")
    assert results["raise.js"][0] == "fail" and "KeyError" in results["raise.js"][1]
    assert results["hog.js"][0] == "fail" and results["hog.js"][1].startswith("memory")


@pytest.fixture
def suite(tmp_path):
    root = tmp_path / "test262"
    make_suite(root, {
        "language/pass.js": ("description: passes", "1;"),
        "language/strict-only-bad.js": ("description: strict fails", "STRICTBAD"),
        "language/sloppy-only.js": ("description: x\nflags: [noStrict]", "STRICTBAD"),
        "built-ins/Array/fails.js": ("description: fails\nfeatures: [Array]", "FAIL"),
        "built-ins/Array/async.js": ("description: async\nflags: [async]", "FAIL"),
        "built-ins/Temporal/t.js": ("description: later\nfeatures: [Temporal]", "FAIL"),
        "intl402/x.js": ("description: intl", "FAIL"),
        "language/fixture_FIXTURE.js": ("description: not a test", "FAIL"),
    })
    config = {
        "test262_commit": "0" * 40,
        "timeout_seconds": 5,
        "skip_dirs": {"intl402": "no Intl"},
        "skip_flags": {"async": "issue 4: Promise and the event loop"},
        "skip_features": {"Temporal": "beyond ES2023"},
        "skip_includes": {},
        "skip_tests": {},
    }
    config_path = tmp_path / "config.json"
    config_path.write_text(json.dumps(config))
    return tmp_path, root, config_path


def run_main(tmp_path, root, config_path, *extra):
    argv = ["--test262", str(root), "-j", "2", "-q", "--config", str(config_path),
            "--known-failures", str(tmp_path / "known.txt"),
            "--docs-path", str(tmp_path / "docs" / "conformance.md"), *extra]
    return runner.main(argv, executor=fake_executor)


def test_discover_paths_globs_and_fixtures(suite):
    tmp_path, root, config_path = suite
    test_dir = str(root / "test")
    everything = runner.discover(test_dir, [])
    assert "language/fixture_FIXTURE.js" not in everything
    assert len(everything) == 7
    assert runner.discover(test_dir, ["built-ins/Array"]) == \
        ["built-ins/Array/async.js", "built-ins/Array/fails.js"]
    assert runner.discover(test_dir, ["test/language/pass.js"]) == ["language/pass.js"]
    assert runner.discover(test_dir, ["**/*-only*.js"]) == \
        ["language/sloppy-only.js", "language/strict-only-bad.js"]


def test_main_update_then_enforce_both_ways(suite, capsys):
    tmp_path, root, config_path = suite
    # No known failures yet: the three failing runs are unexpected.
    assert run_main(tmp_path, root, config_path) == 1
    out = capsys.readouterr().out
    assert "FAIL built-ins/Array/fails.js [strict]" in out
    assert "FAIL language/strict-only-bad.js [strict]" in out
    assert "language/sloppy-only.js" not in out
    assert "--update" in out

    assert run_main(tmp_path, root, config_path, "--update", "--docs") == 0
    known = runner.read_known_failures(str(tmp_path / "known.txt"))
    assert known == {"built-ins/Array/fails.js", "built-ins/Array/fails.js [strict]",
                     "language/strict-only-bad.js [strict]"}
    assert run_main(tmp_path, root, config_path) == 0

    # A listed test that now passes fails the run too.
    (root / "test" / "language" / "strict-only-bad.js").write_text(
        "/*---\ndescription: fixed\n---*/\n1;\n")
    assert run_main(tmp_path, root, config_path) == 1
    out = capsys.readouterr().out
    assert "PASS language/strict-only-bad.js [strict]" in out

    # Updating a subset keeps the entries of tests outside it.
    assert run_main(tmp_path, root, config_path, "language", "--update") == 0
    assert runner.read_known_failures(str(tmp_path / "known.txt")) == {
        "built-ins/Array/fails.js", "built-ins/Array/fails.js [strict]"}


def test_main_docs(suite):
    tmp_path, root, config_path = suite
    run_main(tmp_path, root, config_path, "--docs", "--update")
    docs = (tmp_path / "docs" / "conformance.md").read_text()
    assert "0" * 12 in docs
    assert "| built-ins | 0 | 2 | 0.0% | 4 |" in docs  # async x2 + Temporal x2 skipped
    assert "| language | 4 | 5 | 80.0% | 0 |" in docs
    assert "| intl402 | 0 | 0 | n/a | 2 |" in docs
    assert "| Array | 0 | 2 | 0.0% | 2 |" in docs
    assert "issue 4: Promise and the event loop" in docs
    assert "git -C ../test262 checkout" in docs


def test_runs_that_time_out_are_retried_once(tmp_path, capsys):
    root = tmp_path / "test262"
    make_suite(root, {"language/slow-once.js": ("description: x", "SLOWONCE"),
                      "language/slow.js": ("description: x", "HANG")})
    config_path = tmp_path / "config.json"
    config_path.write_text(json.dumps({"test262_commit": "0" * 40, "timeout_seconds": 0.5}))
    runner.PARENT_TIMEOUT_SLACK, saved = 0.5, runner.PARENT_TIMEOUT_SLACK
    try:
        assert run_main(tmp_path, root, config_path, "--results", str(tmp_path / "r.jsonl")) == 1
    finally:
        runner.PARENT_TIMEOUT_SLACK = saved
    rows = {(r["test"], r["mode"]): r
            for r in map(json.loads, (tmp_path / "r.jsonl").read_text().splitlines())}
    assert rows[("language/slow-once.js", "strict")]["status"] == "pass"
    assert rows[("language/slow-once.js", "sloppy")]["status"] == "pass"
    slow = rows[("language/slow.js", "sloppy")]
    assert slow["status"] == "fail" and slow["message"].endswith("(also on retry)")


def test_results_file(suite):
    tmp_path, root, config_path = suite
    results = tmp_path / "results.jsonl"
    run_main(tmp_path, root, config_path, "language", "--results", str(results))
    rows = [json.loads(line) for line in results.read_text().splitlines()]
    assert {(r["test"], r["mode"], r["status"]) for r in rows} == {
        ("language/pass.js", "sloppy", "pass"), ("language/pass.js", "strict", "pass"),
        ("language/sloppy-only.js", "sloppy", "pass"),
        ("language/strict-only-bad.js", "sloppy", "pass"),
        ("language/strict-only-bad.js", "strict", "fail")}


# -- the real host, when the interpreter can run scripts ------------------------------------

def _gode_runs_scripts():
    try:
        import gode
        return gode.Runtime(timeout=5).evaluate_script("1 + 1") == 2
    except Exception:
        return False


@pytest.mark.skipif(not _gode_runs_scripts(), reason="gode cannot evaluate scripts yet")
def test_real_host_with_fake_harness(tmp_path):
    make_suite(tmp_path, {
        "pass.js": ("description: x", "assert(typeof $262.global === 'object');"),
        "throws.js": ("description: x", "assert(false, 'nope');"),
        "strict.js": ("description: x\nflags: [onlyStrict]",
                      "assert((function () { return this; })() === undefined);"),
        "sloppy.js": ("description: x\nflags: [noStrict]",
                      "assert((function () { return this; })() === this);"),
        "neg-parse.js": ("description: x\nnegative:\n  phase: parse\n  type: SyntaxError",
                         "$DONOTEVALUATE();\nvar = 1;"),
        "neg-parse-wrong.js": ("description: x\nnegative:\n  phase: parse\n  type: SyntaxError",
                               "$DONOTEVALUATE();"),
        "neg-runtime.js": ("description: x\nnegative:\n  phase: runtime\n  type: Test262Error",
                           "throw new Test262Error('x');"),
        "raw.js": ("description: x\nflags: [raw]", "if (typeof assert !== 'undefined') throw 1;"),
        "print.js": ("description: x", "print('hello'); $262.evalScript('var fromEval = 1;');"
                                       "assert(fromEval === 1);"),
        "realm.js": ("description: x", textwrap.dedent("""\
            var other = $262.createRealm();
            assert(other.global !== this && other.evalScript('this') === other.global);
            assert(other.evalScript('[]') instanceof other.global.Array);
            assert(!(other.evalScript('[]') instanceof Array));
            var caught;
            try { other.evalScript('var;'); } catch (e) { caught = e; }
            assert(caught instanceof other.global.SyntaxError, 'early error from evalScript');
            $262.evalScript('let lexical = 2;');
            assert(lexical === 2);""")),
        "async-ok.js": ("description: x\nflags: [async]", "$DONE();"),
        "async-fail.js": ("description: x\nflags: [async]", "$DONE('boom');"),
        "async-never.js": ("description: x\nflags: [async]", "1;"),
    })
    root = str(tmp_path)

    def verdict(name, mode="sloppy"):
        return runner.execute(root, 5.0, name, mode)

    assert verdict("pass.js") == ("pass", "")
    assert verdict("pass.js", "strict") == ("pass", "")
    status, message = verdict("throws.js")
    assert status == "fail" and "Test262Error" in message and "nope" in message
    assert verdict("strict.js", "strict") == ("pass", "")
    assert verdict("sloppy.js") == ("pass", "")
    assert verdict("neg-parse.js") == ("pass", "")
    status, message = verdict("neg-parse-wrong.js")
    assert status == "fail" and "expected SyntaxError [parse phase]" in message
    assert verdict("neg-runtime.js") == ("pass", "")
    assert verdict("raw.js") == ("pass", "")
    assert verdict("print.js") == ("pass", "")
    assert verdict("realm.js") == ("pass", "")
    assert verdict("realm.js", "strict") == ("pass", "")
    assert verdict("async-ok.js") == ("pass", "")
    assert verdict("async-fail.js") == ("fail", "boom")
    status, message = verdict("async-never.js")
    assert status == "fail" and "AsyncTestComplete" in message
