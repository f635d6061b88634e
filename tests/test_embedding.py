"""The embedding API (gode.Runtime) as a Python developer sees it: results,
errors, limits, isolation, and the parse cache."""

import io
import time

import pytest

import gode
from gode.interpreter import parser


def test_evaluate_script_returns_python_values():
    rt = gode.Runtime()
    assert rt.evaluate_script("1 + 2") == 3
    assert rt.evaluate_script("0.5 * 3") == 1.5
    assert rt.evaluate_script("'a' + '😀'") == "a😀"
    assert rt.evaluate_script("[1, 'x', null, true]") == [1, "x", None, True]
    assert rt.evaluate_script("({a: {b: [2]}})") == {"a": {"b": [2]}}
    assert rt.evaluate_script("undefined") is gode.undefined
    assert rt.evaluate_script("2n ** 70n") == 2 ** 70


def test_state_persists_between_scripts_of_one_runtime():
    rt = gode.Runtime()
    rt.evaluate_script("var counter = 1; let lexical = 10; function inc() { return ++counter; }")
    assert rt.evaluate_script("inc(); inc()") == 3
    assert rt.evaluate_script("lexical + counter") == 13


def test_runtimes_are_isolated():
    a, b = gode.Runtime(), gode.Runtime()
    a.evaluate_script("globalThis.shared = 1; Array.prototype.evil = 1")
    assert b.evaluate_script("typeof shared") == "undefined"
    assert b.evaluate_script("[].evil") is gode.undefined


def test_uncaught_error_is_a_python_exception_with_js_details():
    rt = gode.Runtime()
    with pytest.raises(gode.JSError) as info:
        rt.evaluate_script("function f(o) { return o.y.z } f({})")
    e = info.value
    assert e.name == "TypeError"
    assert e.message == "Cannot read properties of undefined (reading 'z')"
    assert e.phase == "runtime"
    assert e.stack.splitlines()[1].strip().startswith("at f (")


def test_syntax_error_has_parse_phase():
    rt = gode.Runtime()
    with pytest.raises(gode.JSError) as info:
        rt.evaluate_script("let x = 1 +* 2")
    assert info.value.name == "SyntaxError"
    assert info.value.message == "Unexpected token '*'"
    assert info.value.phase == "parse"


def test_thrown_primitive():
    rt = gode.Runtime()
    with pytest.raises(gode.JSError) as info:
        rt.evaluate_script("throw 42")
    assert info.value.value == 42.0


def test_step_limit_stops_an_infinite_loop():
    rt = gode.Runtime(max_steps=100_000)
    with pytest.raises(gode.LimitExceeded) as info:
        rt.evaluate_script("for (;;) {}")
    assert info.value.kind == "steps"


def test_time_limit_stops_an_infinite_loop_and_js_cannot_catch_it():
    rt = gode.Runtime(timeout=0.3)
    start = time.monotonic()
    with pytest.raises(gode.LimitExceeded) as info:
        rt.evaluate_script("while (true) { try { for (;;) {} } catch (e) {} finally { } }")
    assert info.value.kind == "time"
    assert time.monotonic() - start < 5


def test_time_limit_stops_runaway_recursion_through_calls():
    rt = gode.Runtime(timeout=0.3)
    with pytest.raises(gode.LimitExceeded):
        rt.evaluate_script("function f() { try { f() } catch (e) {} f() } f()")


def test_runtime_is_reusable_after_a_limit():
    rt = gode.Runtime(max_steps=50_000)
    with pytest.raises(gode.LimitExceeded):
        rt.evaluate_script("while (true) {}")
    assert rt.evaluate_script("1 + 1") == 2


def test_call_depth_limit_is_a_catchable_range_error():
    rt = gode.Runtime(max_depth=500)
    assert rt.evaluate_script(
        "function r(n) { return n ? r(n - 1) : 'bottom' }"
        "let out; try { r(1000) } catch (e) { out = e.constructor.name + ': ' + e.message } out"
    ) == "RangeError: Maximum call stack size exceeded"
    assert rt.evaluate_script("r(400)") == "bottom"


def test_ten_thousand_nested_calls_work_by_default():
    rt = gode.Runtime()
    assert rt.evaluate_script("function d(n) { return n ? 1 + d(n - 1) : 0 } d(10000)") == 10000


def test_deeply_nested_source_is_an_error_not_a_crash():
    rt = gode.Runtime()
    depth = 200_000
    with pytest.raises(gode.JSError) as info:
        rt.evaluate_script("x = " + "[" * depth + "]" * depth)
    assert info.value.name in ("SyntaxError", "RangeError")


def test_console_output_goes_to_the_given_streams():
    out, err = io.StringIO(), io.StringIO()
    rt = gode.Runtime(stdout=out, stderr=err)
    rt.evaluate_script("console.log('hi', {a: 1}); console.error('oops')")
    assert out.getvalue() == "hi { a: 1 }\n"
    assert err.getvalue() == "oops\n"


def test_parse_cache_on_disk_avoids_reparsing(tmp_path, monkeypatch):
    monkeypatch.setenv("GODE_CACHE_DIR", str(tmp_path))
    source = "var big = [" + ",".join(str(i) for i in range(20000)) + "]; big.length"
    assert len(source) >= parser.DISK_CACHE_MIN_SIZE
    parser._memory_cache.clear()
    assert gode.Runtime().evaluate_script(source) == 20000
    assert list(tmp_path.rglob("*.marshal")), "the parsed tree was not written to disk"

    calls = []
    real = parser._parse_uncached
    monkeypatch.setattr(parser, "_parse_uncached", lambda *a: calls.append(a) or real(*a))
    parser._memory_cache.clear()
    assert gode.Runtime().evaluate_script(source) == 20000
    assert calls == [], "an unchanged source was parsed again"
