"""The test262 conformance runner for gode.

Usage::

    python -m tests.test262.runner --test262 /path/to/test262 [paths/globs ...]
                                   [-j N] [--update] [--docs] [--results FILE] [-v]

Paths and globs are relative to test262's ``test/`` directory (``built-ins/Array``,
``language/**/arrow-function/*.js``); with none, the whole suite runs minus the
directories config.json skips.

Every run of a test (non-strict and strict, see testcase.expand_modes) is a
task for a pool of worker processes; each task evaluates the test in a fresh
``gode.Runtime``.  The pool is ours rather than multiprocessing.Pool because a
test must never take the run down with it: a worker that dies (a segfault, an
exhausted memory limit, ``os._exit``) or overruns the per-test deadline is
killed and replaced, and that test alone is reported as failed.  Workers are
also recycled every ``--max-tasks-per-worker`` tests to bound memory growth,
and killed when their resident memory exceeds ``--memory-limit``.  Runs that
hit the time limit are retried once at the end, since a loaded machine can
starve a test that normally passes.

The results are checked against known_failures.txt both ways: a failure that
is not listed, or a listed test that now passes, makes the run exit 1 (rerun
with ``--update`` to rewrite the list).  ``--docs`` writes docs/conformance.md.
"""

import argparse
import datetime
import glob
import json
import multiprocessing
import multiprocessing.connection
import os
import signal
import subprocess
import sys
import tempfile
import time
import traceback

from .testcase import (FrontmatterError, read_metadata, expand_modes, skip_reason, test_id,
                       parse_test_id, Outcome, classify)

HERE = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(os.path.dirname(HERE))
CONFIG_PATH = os.path.join(HERE, "config.json")
KNOWN_FAILURES_PATH = os.path.join(HERE, "known_failures.txt")
DOCS_PATH = os.path.join(REPO_ROOT, "docs", "conformance.md")

#: Seconds a worker may take beyond the interpreter's own timeout before the
#: parent kills it (harness files, Runtime creation, a stuck native loop).
PARENT_TIMEOUT_SLACK = 20.0

#: Failure messages are cut to this many characters.
MAX_MESSAGE = 400

KNOWN_FAILURES_HEADER = """\
# Test262 runs that gode is known to fail, one per line: the path under
# test262's test/ directory, plus " [strict]" for the strict-mode run
# (and " [module]" for module code).  The runner fails when a test fails
# that is not listed here, and when a listed test passes.
# Regenerate: python -m tests.test262.runner --test262 PATH --update
"""


# -- configuration and the known-failures list --------------------------------------------

def load_config(path=CONFIG_PATH):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def read_known_failures(path):
    """The set of test ids listed in a known-failures file (missing file: empty)."""
    known = set()
    try:
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if line and not line.startswith("#"):
                    relpath, mode = parse_test_id(line)
                    known.add(test_id(relpath, mode))
    except FileNotFoundError:
        pass
    return known


def write_known_failures(path, ids):
    with open(path, "w", encoding="utf-8") as f:
        f.write(KNOWN_FAILURES_HEADER)
        for tid in sorted(ids, key=lambda t: parse_test_id(t)):
            f.write(tid + "\n")


# -- finding tests ---------------------------------------------------------------------------

def _is_test_file(name):
    return name.endswith(".js") and "_FIXTURE" not in name


def discover(test_dir, patterns):
    """Relative paths ('/'-separated, under test_dir) of the tests selected by
    ``patterns`` (directories, files or globs; all of test_dir if empty)."""
    found = set()
    test_dir = os.path.abspath(test_dir)
    for pattern in patterns or [""]:
        pattern = pattern.replace("\\", "/")
        if os.path.isabs(pattern):
            pattern = os.path.relpath(pattern, test_dir)
        elif pattern.startswith("test/") and not os.path.exists(os.path.join(test_dir, pattern)):
            pattern = pattern[len("test/"):]
        pattern = pattern.strip("/")
        if any(c in pattern for c in "*?["):
            matches = glob.glob(os.path.join(test_dir, pattern), recursive=True)
        else:
            matches = [os.path.join(test_dir, pattern)]
            if not os.path.exists(matches[0]):
                raise SystemExit(f"test262 runner: no such test or directory: {pattern}")
        for match in matches:
            if os.path.isdir(match):
                for dirpath, dirnames, filenames in os.walk(match):
                    dirnames.sort()
                    for name in filenames:
                        if _is_test_file(name):
                            found.add(os.path.relpath(os.path.join(dirpath, name), test_dir))
            elif _is_test_file(os.path.basename(match)):
                found.add(os.path.relpath(match, test_dir))
    return sorted(p.replace(os.sep, "/") for p in found)


class Run:
    """One run of one test and, once known, its result."""

    __slots__ = ("relpath", "mode", "status", "message", "seconds")

    def __init__(self, relpath, mode, status=None, message="", seconds=0.0):
        self.relpath = relpath
        self.mode = mode
        self.status = status  # 'pass', 'fail' or 'skip'
        self.message = message
        self.seconds = seconds

    @property
    def id(self):
        return test_id(self.relpath, self.mode)


def plan(test_dir, relpaths, config):
    """Expand tests into runs, deciding skips: ``(to_run, skipped)`` lists of Run."""
    to_run, skipped = [], []
    for relpath in relpaths:
        # Tests in skipped directories are parsed too: the docs count their runs.
        reason = skip_reason(relpath, None, config)
        try:
            with open(os.path.join(test_dir, relpath), encoding="utf-8") as f:
                meta = read_metadata(f.read())
        except (FrontmatterError, UnicodeDecodeError) as e:
            if reason is None:
                to_run.append(Run(relpath, "sloppy", "fail", f"bad frontmatter: {e}"))
            else:
                skipped.append(Run(relpath, "sloppy", "skip", reason))
            continue
        if reason is None:
            reason = skip_reason(relpath, meta, config)
        for mode in expand_modes(meta):
            if reason is None:
                to_run.append(Run(relpath, mode))
            else:
                skipped.append(Run(relpath, mode, "skip", reason))
    return to_run, skipped


def _plan_chunk(args):
    return plan(*args)


def plan_parallel(test_dir, relpaths, config, jobs):
    """:func:`plan` spread over ``jobs`` processes (reading and parsing the
    frontmatter of the whole suite takes a while on one core)."""
    if jobs <= 1 or len(relpaths) < 2000:
        return plan(test_dir, relpaths, config)
    size = -(-len(relpaths) // (jobs * 4))
    chunks = [(test_dir, relpaths[i:i + size], config) for i in range(0, len(relpaths), size)]
    ctx = multiprocessing.get_context("fork" if sys.platform != "win32" else "spawn")
    with ctx.Pool(jobs) as pool:
        parts = pool.map(_plan_chunk, chunks)
    to_run, skipped = [], []
    for part_run, part_skipped in parts:
        to_run.extend(part_run)
        skipped.extend(part_skipped)
    return to_run, skipped


# -- running one test in a worker ---------------------------------------------------------------

def execute(test262_root, timeout, relpath, mode):
    """Run one test in this process: ``(status, message)``.  Never raises."""
    try:
        with open(os.path.join(test262_root, "test", relpath), encoding="utf-8") as f:
            source = f.read()
        meta = read_metadata(source)
        from . import host
        outcome = host.run_test(test262_root, relpath, mode, meta, source, timeout)
    except Exception as e:  # a bug in gode (or the host): that test's failure only
        tb = traceback.extract_tb(e.__traceback__)
        where = f" at {os.path.basename(tb[-1].filename)}:{tb[-1].lineno}" if tb else ""
        outcome = Outcome("crash", message=f"Python {type(e).__name__}: {e}{where}")
        meta = None
    if meta is None:
        return "fail", f"{outcome.kind}: {outcome.message}"[:MAX_MESSAGE]
    passed, reason = classify(meta, outcome)
    return ("pass" if passed else "fail"), reason[:MAX_MESSAGE]


#: Address space a worker may map beyond its memory limit.  Each evaluation
#: runs on a thread with a 256 MiB stack reservation (runtime_api.py) and an
#: exiting thread's stack can linger while the next one starts, so the
#: address-space ceiling is only a backstop; the parent enforces the limit on
#: resident memory (see run_pool).
ADDRESS_SPACE_ALLOWANCE_MB = 8192

#: How often the parent checks the workers' resident memory.
MEMORY_POLL_SECONDS = 0.5


def _limit_address_space(megabytes):
    if not megabytes:
        return
    try:
        import resource
        limit = (int(megabytes) + ADDRESS_SPACE_ALLOWANCE_MB) * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ImportError, ValueError, OSError):
        pass


def resident_mb(pid):
    """Resident memory of process ``pid`` in MiB (Linux), or None if unknown."""
    try:
        with open(f"/proc/{pid}/statm") as f:
            pages = int(f.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / (1024 * 1024)
    except (OSError, ValueError, IndexError, AttributeError):
        return None


def _worker_main(conn, executor, init_args, memory_limit_mb, log_path):
    """A worker: receives tasks on ``conn`` until it gets None."""
    # Keep stray interpreter output (and fatal-error tracebacks) out of the
    # parent's terminal; the parent shows this log's tail if the worker dies.
    log = open(log_path, "w", buffering=1)
    os.dup2(log.fileno(), 1)
    os.dup2(log.fileno(), 2)
    try:
        import faulthandler
        faulthandler.enable(file=log)
    except Exception:
        pass
    _limit_address_space(memory_limit_mb)
    # Ctrl-C is the parent's to handle: it kills the workers.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        start = time.perf_counter()
        try:
            status, message = executor(*init_args, *task)
        except BaseException as e:  # never let one test end the worker quietly
            status, message = "fail", f"crash: Python {type(e).__name__}: {e}"
        conn.send((status, message, time.perf_counter() - start))


class _Worker:
    def __init__(self, ctx, executor, init_args, memory_limit_mb):
        self.conn, child_conn = ctx.Pipe()
        fd, self.log_path = tempfile.mkstemp(prefix="gode-test262-", suffix=".log")
        os.close(fd)
        self.process = ctx.Process(target=_worker_main, daemon=True,
                                   args=(child_conn, executor, init_args, memory_limit_mb,
                                         self.log_path))
        self.process.start()
        child_conn.close()
        self.task = None
        self.deadline = None
        self.done = 0

    def log_tail(self, size=600):
        try:
            with open(self.log_path, encoding="utf-8", errors="replace") as f:
                text = f.read()
        except OSError:
            return ""
        return " ".join(text[-size:].split())

    def stop(self, kill=False):
        if kill:
            self.process.kill()
        else:
            try:
                self.conn.send(None)
            except OSError:
                pass
        self.process.join(5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()
        try:
            os.unlink(self.log_path)
        except OSError:
            pass


def run_pool(tasks, on_result, *, jobs, executor, init_args=(), task_timeout=60.0,
             max_tasks_per_worker=1000, memory_limit_mb=0):
    """Run ``executor(*init_args, *task)`` for every task on ``jobs`` worker processes.

    (The executor is handed to the workers by fork, so it need not be picklable.)

    ``on_result(index, status, message, seconds)`` is called in the parent
    for each task, in completion order.  A worker that dies, exceeds
    ``task_timeout`` or holds more than ``memory_limit_mb`` of resident memory
    is killed and replaced, and its task reported as a failure.
    """
    ctx = multiprocessing.get_context("fork" if sys.platform != "win32" else "spawn")
    pending = list(enumerate(tasks))
    pending.reverse()
    workers = []

    def spawn():
        return _Worker(ctx, executor, init_args, memory_limit_mb)

    try:
        workers = [spawn() for _ in range(max(1, min(jobs, len(pending))))]
        while True:
            for w in workers:
                if w.task is None and pending:
                    w.task = pending.pop()
                    w.deadline = time.monotonic() + task_timeout
                    w.conn.send(w.task[1])
            busy = [w for w in workers if w.task is not None]
            if not busy:
                break
            wait_for = min(w.deadline for w in busy) - time.monotonic()
            if memory_limit_mb:
                wait_for = min(wait_for, MEMORY_POLL_SECONDS)
            handles = [w.conn for w in busy] + [w.process.sentinel for w in busy]
            ready = multiprocessing.connection.wait(handles, timeout=max(0.0, wait_for))
            for i, w in enumerate(workers):
                if w.task is None:
                    continue
                index = w.task[0]
                replace = False
                if w.conn in ready:
                    try:
                        status, message, seconds = w.conn.recv()
                    except (EOFError, OSError):
                        status, message, seconds = None, None, 0.0
                    if status is not None:
                        w.task = None
                        w.done += 1
                        on_result(index, status, message, seconds)
                        if w.done >= max_tasks_per_worker:
                            w.stop()
                            workers[i] = spawn()
                        continue
                if w.process.sentinel in ready or not w.process.is_alive():
                    w.process.join(1)
                    code = w.process.exitcode
                    tail = w.log_tail()
                    on_result(index, "fail",
                              f"crash: worker process died (exit code {code})"
                              + (f": {tail}" if tail else ""), 0.0)
                    replace = True
                elif time.monotonic() >= w.deadline:
                    on_result(index, "fail",
                              f"timeout: no result after {task_timeout:.0f}s "
                              "(worker killed)", task_timeout)
                    replace = True
                elif memory_limit_mb and (resident_mb(w.process.pid) or 0) > memory_limit_mb:
                    on_result(index, "fail",
                              f"memory: worker exceeded {memory_limit_mb} MiB resident "
                              "(worker killed)", 0.0)
                    replace = True
                if replace:
                    w.task = None
                    w.stop(kill=True)
                    workers[i] = spawn()
    finally:
        for w in workers:
            w.stop(kill=w.task is not None)


# -- reporting -----------------------------------------------------------------------------

def is_timeout(message):
    """Whether a failure message says the run hit a time limit (the
    interpreter's own, or the parent's per-test deadline)."""
    return message.startswith(("limit: time", "timeout:"))


def compare_with_known(runs, known, scope):
    """``(new_failures, unexpected_passes, stale)`` against the known-failures set.

    ``runs`` are the finished runs (skipped ones included); ``scope`` is the
    set of test paths this invocation selected: listed runs outside it are
    neither checked nor dropped.  ``stale`` lists entries inside the scope
    that did not run at all (deleted, skipped, or a mode the test no longer
    has).
    """
    new_failures, unexpected_passes = [], []
    ran = set()
    for run in runs:
        if run.status == "skip":
            continue
        ran.add(run.id)
        listed = run.id in known
        if run.status == "fail" and not listed:
            new_failures.append(run)
        elif run.status == "pass" and listed:
            unexpected_passes.append(run)
    stale = sorted(tid for tid in known
                   if parse_test_id(tid)[0] in scope and tid not in ran)
    return new_failures, unexpected_passes, stale


def updated_known_failures(runs, known, scope):
    """The known-failures set after this run: this run's failures, plus the
    listed entries for tests this invocation did not select."""
    kept = {tid for tid in known if parse_test_id(tid)[0] not in scope}
    return kept | {run.id for run in runs if run.status == "fail"}


def _group_key(relpath):
    parts = relpath.split("/")
    top = parts[0]
    if top in ("built-ins", "language", "annexB") and len(parts) > 2:
        return top, top + "/" + parts[1]
    return top, None


def tally(runs):
    """Counts per directory: {name: [passed, run, skipped]} for the top-level
    directories and the second level of built-ins/, language/ and annexB/."""
    top, second = {}, {}
    for run in runs:
        t, s = _group_key(run.relpath)
        for table, key in ((top, t), (second, s)):
            if key is None:
                continue
            counts = table.setdefault(key, [0, 0, 0])
            if run.status == "skip":
                counts[2] += 1
            else:
                counts[1] += 1
                if run.status == "pass":
                    counts[0] += 1
    return top, second


def _rate(passed, run):
    return f"{100.0 * passed / run:.1f}%" if run else "n/a"


def _table(rows, first="Directory"):
    lines = [f"| {first} | Passed | Run | Pass rate | Skipped |",
             "| --- | ---: | ---: | ---: | ---: |"]
    for name, (passed, run, skipped) in rows:
        lines.append(f"| {name} | {passed} | {run} | {_rate(passed, run)} | {skipped} |")
    return "\n".join(lines)


def render_docs(runs, config, *, commit, date, command, elapsed, jobs, patterns):
    top, second = tally(runs)
    passed = sum(c[0] for c in top.values())
    ran = sum(c[1] for c in top.values())
    skipped = sum(c[2] for c in top.values())
    repo = config.get("test262_repository", "https://github.com/tc39/test262")
    out = []
    out.append("# Test262 conformance\n")
    out.append("<!-- Generated by tests/test262/runner.py --docs; do not edit by hand. -->\n")
    out.append(f"Gode against [test262]({repo}) commit "
               f"[`{commit[:12]}`]({repo}/tree/{commit}), run on {date} "
               f"(target edition: {config.get('target_edition', 'ES2023')}).")
    if patterns:
        out.append(f"This run covered only: {', '.join('`' + p + '`' for p in patterns)}.")
    out.append("")
    out.append("Each count is one *run*: test262 requires most tests to run twice, as "
               "non-strict and as strict code (`\"use strict\";` prepended); tests flagged "
               "`onlyStrict`, `noStrict`, `raw` or `module` run once. Skipped runs are "
               "features, flags or directories that tests/test262/config.json excludes, "
               "each with its reason (summarised below).\n")
    out.append(f"**Total: {passed} / {ran} runs pass ({_rate(passed, ran)}), "
               f"{skipped} skipped.** Wall time {elapsed / 60:.1f} min with `-j {jobs}`.\n")
    out.append("## By top-level directory\n")
    out.append(_table(sorted(top.items())) + "\n")
    for t in ("built-ins", "language", "annexB"):
        rows = sorted((k[len(t) + 1:], v) for k, v in second.items() if k.startswith(t + "/"))
        if rows:
            out.append(f"## {t}/\n")
            out.append(_table(rows) + "\n")
    reasons = {}
    for run in runs:
        if run.status == "skip":
            reasons[run.message] = reasons.get(run.message, 0) + 1
    if reasons:
        out.append("## Skipped runs by reason\n")
        out.append("| Reason | Runs |\n| --- | ---: |")
        for reason, count in sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0])):
            out.append(f"| {reason.replace('|', '/')} | {count} |")
        out.append("")
    out.append("## How to reproduce\n")
    out.append("```sh")
    out.append(f"git clone {repo} ../test262")
    out.append(f"git -C ../test262 checkout {commit}")
    out.append(f"{command}")
    out.append("```\n")
    out.append("The runner checks the results against tests/test262/known_failures.txt "
               "both ways: it exits non-zero when a test fails that is not listed, or "
               "when a listed test passes. After fixing or breaking tests on purpose, "
               "rerun with `--update` to rewrite the list (and `--docs` for this page).")
    return "\n".join(out) + "\n"


def test262_commit(root):
    """The commit of a test262 git checkout at ``root``, else None."""
    if not os.path.exists(os.path.join(root, ".git")):
        return None
    try:
        return subprocess.run(["git", "-C", root, "rev-parse", "HEAD"], capture_output=True,
                              text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None


# -- the command line ----------------------------------------------------------------------

def parse_args(argv):
    p = argparse.ArgumentParser(prog="python -m tests.test262.runner",
                                description="Run test262 against gode.")
    p.add_argument("paths", nargs="*",
                   help="tests, directories or globs under test262/test (default: all)")
    p.add_argument("--test262", default=os.environ.get("TEST262"),
                   help="test262 checkout (default: $TEST262)")
    p.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1,
                   help="worker processes (default: CPU count)")
    p.add_argument("--update", action="store_true",
                   help="rewrite known_failures.txt from this run's results")
    p.add_argument("--docs", action="store_true", help="write docs/conformance.md")
    p.add_argument("--results", metavar="FILE",
                   help="write every run's result (JSON lines) to FILE")
    p.add_argument("--timeout", type=float, default=None,
                   help="seconds per test for the interpreter (default: config.json)")
    p.add_argument("--max-tasks-per-worker", type=int, default=500)
    p.add_argument("--memory-limit", type=int, default=4096, metavar="MB",
                   help="resident memory limit per worker (0: none)")
    p.add_argument("--known-failures", default=KNOWN_FAILURES_PATH, help=argparse.SUPPRESS)
    p.add_argument("--config", default=CONFIG_PATH, help=argparse.SUPPRESS)
    p.add_argument("--docs-path", default=DOCS_PATH, help=argparse.SUPPRESS)
    p.add_argument("-v", "--verbose", action="store_true",
                   help="print every failure, not only unexpected ones")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress lines")
    args = p.parse_args(argv)
    if not args.test262:
        p.error("--test262 PATH (or $TEST262) is required")
    return args


def main(argv=None, executor=execute):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    root = os.path.abspath(args.test262)
    test_dir = os.path.join(root, "test")
    if not os.path.isdir(test_dir) or not os.path.isdir(os.path.join(root, "harness")):
        print(f"test262 runner: {root} is not a test262 checkout", file=sys.stderr)
        return 2
    config = load_config(args.config)
    timeout = args.timeout or float(config.get("timeout_seconds", 10))
    commit = test262_commit(root)
    pinned = config.get("test262_commit")
    if commit is None:
        print(f"warning: cannot tell which test262 commit {root} is (not a git checkout); "
              f"config.json pins {pinned}", file=sys.stderr)
    elif pinned and commit != pinned:
        print(f"warning: {root} is at {commit}, config.json pins {pinned}", file=sys.stderr)

    started = time.monotonic()
    relpaths = discover(test_dir, args.paths)
    to_run, skipped = plan_parallel(test_dir, relpaths, config, args.jobs)
    scope = set(relpaths)
    pending = [r for r in to_run if r.status is None]
    if not args.quiet:
        print(f"test262: {len(relpaths)} files, {len(to_run)} runs, {len(skipped)} skipped "
              f"(planned in {time.monotonic() - started:.1f}s), -j {args.jobs}",
              file=sys.stderr)

    # Preload gode so that forked workers start warm.
    try:
        import gode  # noqa: F401
        from . import host  # noqa: F401
    except Exception as e:
        print(f"warning: cannot import gode in the runner: {e}", file=sys.stderr)

    done = [0, 0]  # finished, failed
    last_report = [time.monotonic()]
    every = max(200, len(pending) // 50)

    def on_result(index, status, message, seconds):
        run = pending[index]
        run.status, run.message, run.seconds = status, message, seconds
        done[0] += 1
        done[1] += status == "fail"
        now = time.monotonic()
        if not args.quiet and (done[0] % every == 0 or now - last_report[0] > 60
                               or done[0] == len(pending)):
            last_report[0] = now
            elapsed = now - started
            eta = elapsed / done[0] * (len(pending) - done[0])
            print(f"  [{done[0]}/{len(pending)}] {done[0] - done[1]} passed, {done[1]} failed, "
                  f"{elapsed:.0f}s elapsed, ~{eta:.0f}s left", file=sys.stderr)

    def run_all(runs, callback):
        run_pool([(r.relpath, r.mode) for r in runs], callback, jobs=args.jobs,
                 executor=executor, init_args=(root, timeout),
                 task_timeout=timeout * 2 + PARENT_TIMEOUT_SLACK,
                 max_tasks_per_worker=args.max_tasks_per_worker,
                 memory_limit_mb=args.memory_limit)

    run_all(pending, on_result)

    # A run that hit the time limit may only have been starved of CPU by a
    # busy machine: give it one more chance before calling it a failure.
    slow = [r for r in pending if r.status == "fail" and is_timeout(r.message)]
    if slow:
        if not args.quiet:
            print(f"  retrying {len(slow)} run(s) that hit the time limit", file=sys.stderr)

        def on_retry(index, status, message, seconds):
            run = slow[index]
            run.status, run.seconds = status, seconds
            run.message = message + " (also on retry)" if status == "fail" else message

        run_all(slow, on_retry)
    elapsed = time.monotonic() - started
    runs = to_run + skipped

    if args.results:
        with open(args.results, "w", encoding="utf-8") as f:
            for run in sorted(runs, key=lambda r: (r.relpath, r.mode)):
                f.write(json.dumps({"test": run.relpath, "mode": run.mode, "status": run.status,
                                    "message": run.message,
                                    "seconds": round(run.seconds, 3)}) + "\n")

    known = read_known_failures(args.known_failures)
    new_failures, unexpected_passes, stale = compare_with_known(runs, known, scope)
    passed = sum(r.status == "pass" for r in to_run)
    failed = sum(r.status == "fail" for r in to_run)
    print(f"test262: {passed} passed, {failed} failed, {len(skipped)} skipped "
          f"of {len(runs)} runs ({_rate(passed, passed + failed)} of those run) "
          f"in {elapsed:.1f}s with -j {args.jobs}")
    if args.verbose:
        for run in sorted(to_run, key=lambda r: (r.relpath, r.mode)):
            if run.status == "fail":
                print(f"FAIL {run.id}: {run.message}")
        slowest = sorted(to_run, key=lambda r: -r.seconds)[:10]
        print("slowest: " + ", ".join(f"{r.id} {r.seconds:.1f}s" for r in slowest))

    if args.docs:
        command = "python -m tests.test262.runner --test262 ../test262 " + \
            " ".join(args.paths + [f"-j {args.jobs}", "--docs"])
        text = render_docs(runs, config, commit=commit or pinned or "unknown",
                           date=datetime.date.today().isoformat(), command=command,
                           elapsed=elapsed, jobs=args.jobs, patterns=args.paths)
        os.makedirs(os.path.dirname(args.docs_path), exist_ok=True)
        with open(args.docs_path, "w", encoding="utf-8") as f:
            f.write(text)
        print(f"wrote {os.path.relpath(args.docs_path)}")

    if args.update:
        new_known = updated_known_failures(runs, known, scope)
        write_known_failures(args.known_failures, new_known)
        print(f"wrote {os.path.relpath(args.known_failures)}: {len(new_known)} known failures "
              f"({len(new_failures)} added, {len(unexpected_passes) + len(stale)} removed)")
        return 0

    status = 0
    if new_failures:
        status = 1
        print(f"\n{len(new_failures)} unexpected failure(s) (not in known_failures.txt):")
        for run in sorted(new_failures, key=lambda r: (r.relpath, r.mode)):
            print(f"  FAIL {run.id}: {run.message}")
    if unexpected_passes:
        status = 1
        print(f"\n{len(unexpected_passes)} test(s) listed in known_failures.txt now pass:")
        for run in sorted(unexpected_passes, key=lambda r: (r.relpath, r.mode)):
            print(f"  PASS {run.id}")
    if stale:
        print(f"\nnote: {len(stale)} known_failures.txt entr{'y' if len(stale) == 1 else 'ies'} "
              "did not run (skipped, removed or renamed); --update drops them")
    if status:
        print("\nIf these changes are intended, rerun with --update to rewrite "
              "tests/test262/known_failures.txt.")
    return status


if __name__ == "__main__":
    sys.exit(main())
