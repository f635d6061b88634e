"""The test262 host for gode: ``print``, ``$262`` and running one test.

This module runs inside a worker process (see runner.py).  It needs gode;
testcase.py does not.  The host-defined bindings follow INTERPRETING.md,
"Host-Defined Functions":

- ``print(s)``: records ``String(s)``; async tests report through it.
- ``$262.global``, ``$262.gc()``, ``$262.evalScript(src)``,
  ``$262.createRealm()``, ``$262.detachArrayBuffer(buffer)``.
- ``$262.agent``: concurrent agents are not implemented.  ``sleep`` and
  ``monotonicNow`` work; everything else throws an Error saying so, so that a
  multi-agent test fails loudly instead of passing by accident.  (Those tests
  are skipped in config.json anyway.)

The bindings are built with gode's internal API (Realm.define_global,
registry.make_function) because test262 needs capabilities a script must not
have, such as evaluating a Script in another realm.
"""

import gc
import io
import os
import time

import gode
from gode.interpreter.builtins.registry import make_function, arg
from gode.interpreter.runtime.objects import JSObject, Prop
from gode.interpreter.runtime.values import undefined, null
from gode.interpreter.runtime.errors import throw_error, throw_type_error
from gode.interpreter.runtime.type_conversion import to_string
from gode.interpreter.runtime.object_operations import constructor_name

from .testcase import Outcome, STRICT_PREFIX

__all__ = ["run_test", "install_host"]

_harness_cache = {}


def harness_source(test262_root, name):
    """The text of harness/<name>, read once per worker."""
    key = (test262_root, name)
    text = _harness_cache.get(key)
    if text is None:
        with open(os.path.join(test262_root, "harness", name), encoding="utf-8") as f:
            text = f.read()
        _harness_cache[key] = text
    return text


# -- evaluating a Script in a given realm ------------------------------------------------------

def evaluate_script_in_realm(runtime, realm, source, filename):
    """ScriptEvaluation of ``source`` (a JS string) in ``realm``, called from running JS.

    https://tc39.es/ecma262/#sec-runtime-semantics-scriptevaluation: the
    script runs with ``realm`` as the current realm (restored afterwards).
    Returns the completion value; an early error or an uncaught exception
    propagates as JSThrow carrying the JS error value, as $262.evalScript
    requires.
    """
    from gode.interpreter import compiler
    agent = runtime.agent
    previous = agent.realm
    agent.realm = realm
    try:
        run = compiler.compile_script(realm, source, filename)
        return run()
    finally:
        agent.realm = previous


class _RealmHost:
    """The Runtime seen with another realm as its ``realm``: lets gode's own
    host.install() set up a realm made by $262.createRealm."""

    def __init__(self, runtime, realm):
        self._runtime = runtime
        self.realm = realm

    def __getattr__(self, name):
        return getattr(self._runtime, name)


def create_realm(runtime):
    """A new realm of the runtime's agent, with the host globals a Runtime's
    own realm has (eval, process...)."""
    from gode.interpreter.runtime.realm import Realm
    from gode.interpreter import host as gode_host
    agent = runtime.agent
    previous = agent.realm
    try:
        realm = Realm(agent, host=runtime)
        agent.realm = realm
        gode_host.install(_RealmHost(runtime, realm))
    finally:
        agent.realm = previous
    return realm


# -- the $262 object -----------------------------------------------------------------------

def _method(realm, target, name, length, fn):
    target.props[name] = Prop(make_function(realm, fn, name, length), True, False, True)


def _agent_unsupported(name):
    def fn(realm, this, args):
        throw_error("Error", f"$262.agent.{name}: concurrent agents are not supported "
                             "by the gode test262 host")
    return fn


def _sleep(realm, this, args):
    ms = arg(args, 0)
    if type(ms) is float and ms > 0:
        time.sleep(ms / 1000.0)
    return undefined


def _monotonic_now(realm, this, args):
    return time.monotonic() * 1000.0


def _detach_array_buffer(realm, this, args):
    """DetachArrayBuffer(buffer, key) (https://tc39.es/ecma262/#sec-detacharraybuffer).

    The abstract operation belongs to the ArrayBuffer family, expected as
    ``gode.interpreter.builtins.array_buffer.detach_array_buffer(buffer,
    key)``; until it exists this throws, so TypedArray tests fail clearly.
    """
    try:
        from gode.interpreter.builtins.array_buffer import detach_array_buffer
    except ImportError:
        throw_type_error("$262.detachArrayBuffer: ArrayBuffer is not implemented yet")
    detach_array_buffer(arg(args, 0), arg(args, 1))
    return null


def _gc(realm, this, args):
    gc.collect()
    return undefined


def install_host(runtime, realm, printed):
    """Define ``print`` and ``$262`` as globals of ``realm``; return ``$262``.

    ``printed`` is the list that ``print`` appends to (shared by every realm
    of the test, as there is one output channel).
    """
    def print_(realm_, this, args):
        printed.append(to_string(arg(args, 0)))
        return undefined

    def eval_script(realm_, this, args):
        return evaluate_script_in_realm(runtime, realm, to_string(arg(args, 0)), "evalScript")

    def create_realm_(realm_, this, args):
        return install_host(runtime, create_realm(runtime), printed)

    host = JSObject(realm.object_prototype)
    host.props["global"] = Prop(realm.global_object, True, False, True)
    _method(realm, host, "createRealm", 0, create_realm_)
    _method(realm, host, "evalScript", 1, eval_script)
    _method(realm, host, "detachArrayBuffer", 1, _detach_array_buffer)
    _method(realm, host, "gc", 0, _gc)
    agent = JSObject(realm.object_prototype)
    for name, length in (("start", 1), ("broadcast", 2), ("getReport", 0),
                         ("receiveBroadcast", 1), ("report", 1), ("leaving", 0)):
        _method(realm, agent, name, length, _agent_unsupported(name))
    _method(realm, agent, "sleep", 1, _sleep)
    _method(realm, agent, "monotonicNow", 0, _monotonic_now)
    host.props["agent"] = Prop(agent, True, False, True)
    realm.define_global("$262", host)
    realm.define_global("print", make_function(realm, print_, "print", 1))
    return host


# -- running one test ------------------------------------------------------------------------

def _thrown_outcome(error, printed):
    """The Outcome of a gode.JSError: the error type is the constructor name."""
    phase = getattr(error, "phase", "runtime") or "runtime"
    value = error.value
    # constructor_name reads data properties only: it runs no JS.
    error_type = constructor_name(value) if isinstance(value, JSObject) else ""
    message = error.message if isinstance(error.message, str) else str(error.message)
    return Outcome("threw", phase=phase, error_type=error_type, message=message, printed=printed)


def run_test(test262_root, relpath, mode, meta, source, timeout):
    """Evaluate one run of a test in a fresh Runtime and return its Outcome.

    ``relpath`` is relative to test262's test/ directory; ``mode`` is
    'sloppy', 'strict' or 'module'.  Harness files are evaluated first, each
    as its own Script, then the test (with the strict prologue in strict mode).
    """
    if mode == "module":
        return Outcome("crash", message="module code is not supported by this runner yet")
    console = io.StringIO()
    printed = []
    runtime = gode.Runtime(timeout=timeout, stdout=console, stderr=console)
    install_host(runtime, runtime.realm, printed)
    if not meta.is_raw:
        prelude = ["assert.js", "sta.js"]
        if meta.is_async:
            prelude.append("doneprintHandle.js")
        prelude.extend(meta.includes)
        for name in prelude:
            try:
                runtime.evaluate_script(harness_source(test262_root, name), "harness/" + name)
            except gode.JSError as e:
                return Outcome("harness", message=f"harness/{name}: {e.name}: {e.message}")
            except gode.LimitExceeded as e:
                return Outcome("harness", message=f"harness/{name}: {e}")
    if mode == "strict":
        source = STRICT_PREFIX + source
    try:
        runtime.evaluate_script(source, "test/" + relpath)
    except gode.JSError as e:
        return _thrown_outcome(e, printed)
    except gode.LimitExceeded as e:
        return Outcome("limit", message=f"{getattr(e, 'kind', 'limit')}: {e}", printed=printed)
    # An async test is judged by what it prints once the job queue is empty.
    # If the Runtime has no separate event-loop step, evaluate_script is
    # taken to drain the jobs itself.
    run_event_loop = getattr(runtime, "run_event_loop", None)
    if meta.is_async and run_event_loop is not None:
        try:
            run_event_loop()
        except gode.JSError as e:
            return _thrown_outcome(e, printed)
        except gode.LimitExceeded as e:
            return Outcome("limit", message=f"{getattr(e, 'kind', 'limit')}: {e}",
                           printed=printed)
    return Outcome("completed", printed=printed)
