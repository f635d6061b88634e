"""pytest-benchmark suite: gode's phases next to js2py on the same ES5 programs.

Run from the repository root (not part of the normal test run, which only
collects tests/):

    pip install -e ".[benchmark]"
    python -m pytest benchmarks/ --benchmark-only

Each program (benchmarks/programs/*.js) is one benchmark group holding
gode-parse, gode-compile, gode-run, gode-total and js2py-total, so the table
shows them side by side.  Every round starts from a fresh Runtime / EvalJs
built in the (untimed) setup.  The gode benchmarks also check the program's
stdout against node's, recorded in benchmarks/programs/expected/.

On a busy machine, ``--benchmark-timer=time.process_time`` measures CPU
time instead of wall time (gode runs on a helper thread of the same process,
which process_time counts).  Rounds: GODE_BENCH_ROUNDS (default 3) for the
slow benchmarks, 10x that for parse and compile.
"""

import os

import pytest

import engines

ROUNDS = int(os.environ.get("GODE_BENCH_ROUNDS", "3"))
FAST_ROUNDS = ROUNDS * 10
PROGRAMS = engines.program_names()

needs_js2py = pytest.mark.skipif(not engines.js2py_available(),
                                 reason="js2py not installed (pip install -e '.[benchmark]')")


@pytest.fixture(params=PROGRAMS)
def program(request, benchmark):
    benchmark.group = request.param
    return request.param


def test_gode_parse(benchmark, program):
    p = engines.GodeProgram(program)
    tree = benchmark.pedantic(p.parse, rounds=FAST_ROUNDS, iterations=1, warmup_rounds=1)
    assert tree["type"] == "Program"


def test_gode_compile(benchmark, program):
    def setup():
        p = engines.GodeProgram(program)
        p.warm_parse_cache()
        return (p,), {}

    def compile_(p):
        p.compile()
        return p

    p = benchmark.pedantic(compile_, setup=setup, rounds=FAST_ROUNDS, iterations=1)
    assert callable(p.compiled)


def test_gode_run(benchmark, program):
    programs = []

    def setup():
        p = engines.gode_run_setup(program)
        programs.append(p)
        return (p,), {}

    benchmark.pedantic(lambda p: p.run(), setup=setup, rounds=ROUNDS, iterations=1)
    assert programs[-1].output() == engines.expected_output(program)


def test_gode_total(benchmark, program):
    programs = []

    def setup():
        p = engines.GodeProgram(program)
        programs.append(p)
        engines.clear_parse_cache()
        return (p,), {}

    with engines.no_parse_cache():
        benchmark.pedantic(lambda p: p.total(), setup=setup, rounds=ROUNDS, iterations=1)
    assert programs[-1].output() == engines.expected_output(program)


@needs_js2py
def test_js2py_total(benchmark, program):
    def setup():
        return (engines.Js2pyProgram(program),), {}

    benchmark.pedantic(lambda p: p.total(), setup=setup, rounds=ROUNDS, iterations=1)
