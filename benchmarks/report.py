"""Run every benchmark program in gode and js2py and write docs/performance.md.

    python benchmarks/report.py                 # 3 repetitions, best-of, CPU time
    python benchmarks/report.py --repeat 5 --timer wall
    python benchmarks/report.py fib richards    # a subset (written to stdout only)
    python benchmarks/report.py --profile fib   # cProfile of gode running fib
    python benchmarks/report.py --update-expected   # re-record node's outputs

For each program gode's phases are timed separately, each from fresh state
(see engines.GodeProgram): parse (cache bypassed), compile, run, and the
total through Runtime.evaluate_script with the parse cache off.  js2py's
total is EvalJs().execute(source) in a fresh context.  gode's output must
equal node's recorded output (programs/expected/<name>.txt), else the
program is reported as failing and left out of the geometric mean.
"""

import argparse
import cProfile
import datetime
import gc
import io
import math
import os
import platform
import pstats
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.path.insert(0, ROOT)

import engines  # noqa: E402

DOC = os.path.join(ROOT, "docs", "performance.md")
GOAL = 3.0

TIMERS = {"cpu": time.process_time, "wall": time.perf_counter}

#: Why js2py's output differs from node's, where we know (js2py's own deviations).
JS2PY_DEVIATIONS = {
    "json": "js2py's JSON.stringify sorts object keys and writes non-ASCII characters as "
            "\\u escapes",
}

#: A run spending more than this share of its CPU time in the kernel is flagged.
SYS_SHARE_NOTE = 0.10


def measure(timer, setup, fn, repeat):
    """Best of ``repeat`` timings of fn(state), state = setup() untimed.
    Returns (best time, last state, share of the best run spent in the kernel)."""
    best = math.inf
    state = None
    sys_share = 0.0
    for _ in range(repeat):
        state = setup()
        gc.collect()
        c0 = os.times()
        t0 = timer()
        fn(state)
        t = timer() - t0
        c1 = os.times()
        if t < best:
            best = t
            cpu = (c1.user - c0.user) + (c1.system - c0.system)
            sys_share = (c1.system - c0.system) / cpu if cpu > 0 else 0.0
    return best, state, sys_share


def bench_gode(name, timer, repeat):
    expected = engines.expected_output(name)
    r = {}
    r["parse"], _, _ = measure(timer, lambda: engines.GodeProgram(name),
                               lambda p: p.parse(), repeat)

    def compile_setup():
        p = engines.GodeProgram(name)
        p.warm_parse_cache()
        return p
    r["compile"], _, _ = measure(timer, compile_setup, lambda p: p.compile(), repeat)
    r["run"], p, _ = measure(timer, lambda: engines.gode_run_setup(name), lambda p: p.run(),
                             repeat)
    if p.output() != expected:
        raise AssertionError(f"run output differs from node:\n{p.output()}")

    def total_setup():
        p = engines.GodeProgram(name)
        engines.clear_parse_cache()
        return p
    with engines.no_parse_cache():
        r["total"], p, r["sys_share"] = measure(timer, total_setup, lambda p: p.total(), repeat)
    if p.output() != expected:
        raise AssertionError(f"output differs from node:\n{p.output()}")
    return r


def bench_js2py(name, timer, repeat):
    t, p, _ = measure(timer, lambda: engines.Js2pyProgram(name), lambda p: p.total(), repeat)
    return t, p.output() == engines.expected_output(name)


def short_error(e):
    text = f"{type(e).__name__}: {e}".strip().splitlines()
    return text[0][:160] if text else type(e).__name__


def machine_info():
    cpu = ""
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    try:
        nproc = len(os.sched_getaffinity(0))
    except AttributeError:
        nproc = os.cpu_count()
    try:
        load = "%.2f %.2f %.2f" % os.getloadavg()
    except OSError:
        load = "n/a"
    return {
        "nproc": nproc,
        "cpu": cpu or platform.processor() or platform.machine(),
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "os": f"{platform.system()} {platform.release()}",
        "load": load,
    }


def versions():
    import gode
    v = {"gode": gode.__version__}
    try:
        from importlib.metadata import version
        v["js2py"] = version("js2py")
    except Exception:
        v["js2py"] = None
    try:
        v["commit"] = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"],
                                     capture_output=True, text=True, timeout=10).stdout.strip()
        dirty = subprocess.run(["git", "-C", ROOT, "status", "--porcelain", "--", "gode"],
                               capture_output=True, text=True, timeout=10).stdout.strip()
        if dirty:
            v["commit"] += " + uncommitted changes under gode/"
    except (OSError, subprocess.SubprocessError):
        v["commit"] = "unknown"
    return v


def ms(t):
    if t is None:
        return "-"
    t *= 1000
    return f"{t:.1f} ms" if t < 100 else f"{t:.0f} ms"


def geometric_mean(xs):
    return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else None


def render(rows, info, vers, timer_name, repeat, started, load_end):
    """The Markdown text of docs/performance.md."""
    out = []
    w = out.append
    w("# Performance")
    w("")
    w("gode against [js2py](https://github.com/PiotrDabkowski/Js2Py) (the other pure-Python")
    w("JavaScript engine) on the ES5 programs in `benchmarks/programs/`.  Both engines run the")
    w("same source; gode's output is checked against node's, recorded in")
    w("`benchmarks/programs/expected/`.")
    w("")
    w("This file is generated by `python benchmarks/report.py`; do not edit it by hand.")
    w("")
    w("## Results")
    w("")
    w("| program | gode parse | gode compile | gode run | gode total | js2py total | ratio (js2py/gode) |")
    w("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    ratios = []
    notes = []
    for row in rows:
        g, j = row.get("gode"), row.get("js2py")
        ratio = None
        if g and j is not None:
            ratio = j / g["total"]
            ratios.append(ratio)
        cells = [row["name"]]
        if g:
            cells += [ms(g["parse"]), ms(g["compile"]), ms(g["run"]), ms(g["total"])]
        else:
            cells += ["fails"] * 4
            notes.append(f"- `{row['name']}`: gode fails: {row['gode_error']}")
        if j is not None:
            cells.append(ms(j))
        else:
            cells.append("fails" if row.get("js2py_error") else "not run")
            if row.get("js2py_error"):
                notes.append(f"- `{row['name']}`: js2py fails: {row['js2py_error']}")
        if j is not None and not row.get("js2py_same"):
            why = JS2PY_DEVIATIONS.get(row["name"])
            notes.append(f"- `{row['name']}`: js2py's output differs from node's"
                         + (f" ({why})" if why else "") + "; timed anyway.")
        if g and g.get("sys_share", 0) > SYS_SHARE_NOTE:
            notes.append(
                f"- `{row['name']}`: {g['sys_share']:.0%} of gode's CPU time went to the kernel. "
                "CPython up to 3.12 (and 3.13/3.14 before the gh-142183 fix) maps and unmaps a "
                "frame data-stack chunk each time a call crosses a chunk boundary, and this "
                "program's recursion keeps crossing one.  Whether a program hits it depends on "
                "the exact Python frame depth per JS call, so small compiler changes can move "
                "such a program's time by 2-4x either way.")
        cells.append(f"{ratio:.2f}x" if ratio is not None else "-")
        w("| " + " | ".join(cells) + " |")
    gm = geometric_mean(ratios)
    w("")
    if gm is not None:
        verdict = "met" if gm >= GOAL else "not met"
        w(f"**Geometric mean of js2py/gode over the {len(ratios)} programs both engines run: "
          f"{gm:.2f}x** (goal: gode at least {GOAL:g}x faster than js2py: {verdict}).")
    else:
        w("No program ran in both engines, so there is no ratio.")
    if notes:
        w("")
        w("Notes:")
        w("")
        out.extend(notes)
    w("")
    w("## How it was measured")
    w("")
    w(f"- Date: {started:%Y-%m-%d %H:%M} UTC.")
    w(f"- Machine: {info['nproc']} CPUs ({info['cpu']}), {info['os']}; "
      f"load average {info['load']} at the start, {load_end} at the end.")
    w(f"- {info['python']}; gode {vers['gode']} ({vers['commit']}); js2py {vers['js2py']}.")
    timer_text = ("process CPU time (`time.process_time`), so that other work on the machine "
                  "does not inflate the numbers" if timer_name == "cpu" else
                  "wall-clock time (`time.perf_counter`)")
    w(f"- Best of {repeat} repetitions of each measurement, timed as {timer_text}.")
    w("- Every repetition starts from fresh state made outside the timed region: a new")
    w("  `gode.Runtime` (or `js2py.EvalJs`), with gode's parse cache emptied.")
    w("- gode parse: `parser._parse_uncached` (esprima and the conversion to ESTree dicts).")
    w("- gode compile: `compiler.compile_script` (scope resolution and compilation to Python")
    w("  closures) with the tree already in the parse cache.")
    w("- gode run: executing the compiled script on gode's interpreter thread.")
    w("- gode total: `Runtime.evaluate_script(source)` with the parse cache off, that is")
    w("  parse + compile + run as an embedder sees it.")
    w("- js2py total: `js2py.EvalJs().execute(source)`: translation to Python (pyjsparser and")
    w("  js2py's translator), Python's `compile()` and execution.")
    w("- ratio: js2py total / gode total; above 1 means gode is faster.")
    w("")
    w("## Reproducing")
    w("")
    w("```")
    w("pip install -e \".[benchmark]\"")
    w("python benchmarks/report.py                       # rewrites this file")
    w("python -m pytest benchmarks/ --benchmark-only     # pytest-benchmark tables, one group per program")
    w("python benchmarks/report.py --profile richards    # where gode spends its time")
    w("```")
    w("")
    w("The benchmarks are not part of `python -m pytest` (testpaths = tests).  After changing")
    w("a program, record node's output again with `python benchmarks/report.py --update-expected`.")
    w("")
    return "\n".join(out)


def update_expected(names):
    os.makedirs(engines.EXPECTED_DIR, exist_ok=True)
    for name in names:
        path = os.path.join(engines.PROGRAMS_DIR, name + ".js")
        out = subprocess.run(["node", path], capture_output=True, text=True, check=True).stdout
        with open(os.path.join(engines.EXPECTED_DIR, name + ".txt"), "w", encoding="utf-8") as f:
            f.write(out)
        print(f"recorded {name}: {out.splitlines()[-1] if out else '(no output)'}")


def profile(name, sort, limit, phase):
    """cProfile gode on one program (run phase by default) and print the top entries."""
    if phase == "run":
        p = engines.gode_run_setup(name)
        target = p.run
    else:
        p = engines.GodeProgram(name)
        engines.clear_parse_cache()
        target = p.total
    prof = cProfile.Profile()
    # The program runs on gode's interpreter thread: profile there.
    from gode import runtime_api
    original = runtime_api.run_on_big_stack

    def profiled(fn, *args):
        def wrapped(*a):
            prof.enable()
            try:
                return fn(*a)
            finally:
                prof.disable()
        return original(wrapped, *args)
    runtime_api.run_on_big_stack = profiled
    try:
        with engines.no_parse_cache():
            target()
    finally:
        runtime_api.run_on_big_stack = original
    if p.output() != engines.expected_output(name):
        print("warning: output differs from node's", file=sys.stderr)
    s = io.StringIO()
    pstats.Stats(prof, stream=s).strip_dirs().sort_stats(sort).print_stats(limit)
    print(s.getvalue())


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("programs", nargs="*", help="program names (default: all; a subset is "
                    "printed, not written to docs/performance.md)")
    ap.add_argument("--repeat", type=int, default=3, help="repetitions, best-of (default 3)")
    ap.add_argument("--timer", choices=sorted(TIMERS), default="cpu",
                    help="cpu: process CPU time (default); wall: wall-clock time")
    ap.add_argument("--no-js2py", action="store_true", help="time gode only")
    ap.add_argument("--output", help="write the report here (default docs/performance.md; "
                    "'-' for stdout)")
    ap.add_argument("--update-expected", action="store_true",
                    help="re-record node's output for the programs and exit")
    ap.add_argument("--profile", metavar="PROGRAM", help="cProfile gode on PROGRAM and exit")
    ap.add_argument("--profile-phase", choices=["run", "total"], default="run")
    ap.add_argument("--sort", default="tottime", help="pstats sort key for --profile")
    ap.add_argument("--limit", type=int, default=30, help="rows printed by --profile")
    args = ap.parse_args(argv)

    names = args.programs or engines.program_names()
    unknown = sorted(set(names) - set(engines.program_names()))
    if unknown:
        ap.error("unknown program(s): " + ", ".join(unknown))
    if args.update_expected:
        update_expected(names)
        return 0
    if args.profile:
        profile(args.profile, args.sort, args.limit, args.profile_phase)
        return 0

    timer = TIMERS[args.timer]
    use_js2py = not args.no_js2py and engines.js2py_available()
    if not use_js2py and not args.no_js2py:
        print("js2py is not installed (pip install -e '.[benchmark]'): timing gode only",
              file=sys.stderr)
    started = datetime.datetime.now(datetime.timezone.utc)
    info = machine_info()
    rows = []
    failed = False
    for name in names:
        row = {"name": name}
        print(f"{name}: gode ...", end="", file=sys.stderr, flush=True)
        try:
            row["gode"] = bench_gode(name, timer, args.repeat)
            print(f" {ms(row['gode']['total'])}", end="", file=sys.stderr, flush=True)
        except Exception as e:  # a failing program is reported, not fatal
            row["gode_error"] = short_error(e)
            failed = True
            print(f" FAILS ({row['gode_error']})", end="", file=sys.stderr, flush=True)
        if use_js2py:
            print(", js2py ...", end="", file=sys.stderr, flush=True)
            try:
                row["js2py"], row["js2py_same"] = bench_js2py(name, timer, args.repeat)
                print(f" {ms(row['js2py'])}", end="", file=sys.stderr, flush=True)
            except Exception as e:
                row["js2py_error"] = short_error(e)
                print(f" FAILS ({row['js2py_error']})", end="", file=sys.stderr, flush=True)
        print(file=sys.stderr)
        rows.append(row)

    try:
        load_end = "%.2f %.2f %.2f" % os.getloadavg()
    except OSError:
        load_end = "n/a"
    text = render(rows, info, versions(), args.timer, args.repeat, started, load_end)
    output = args.output or (DOC if not args.programs else "-")
    if output == "-":
        print(text)
    else:
        os.makedirs(os.path.dirname(os.path.abspath(output)), exist_ok=True)
        with open(output, "w", encoding="utf-8") as f:
            f.write(text)
        print(f"wrote {output}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
