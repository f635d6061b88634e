"""The host: what a Runtime adds to a realm, and how programs are run.

Owns the glue between the embedding API (gode/runtime_api.py) and the
interpreter: installing host globals (``eval``, ``process``, ``require`` for
the main module), running a file as node's main CommonJS module, printing
uncaught errors the way node does, and converting JS values to Python.
It must not contain language semantics.
"""

import os
import sys

from .. import __version__
from .runtime.values import undefined, null, JSSymbol, from_js_string, to_js_string
from .runtime.objects import JSObject, JSArray, Prop
from .runtime.errors import JSThrow
from .runtime.agent import set_current_agent, LimitExceeded
from .runtime.type_conversion import to_string, number_to_string
from .parser import Source
from .builtins.registry import make_function, arg
from .builtins.error import JSError as JSErrorObject, error_header
from . import compiler

CJS_WRAPPER_HEAD = "(function (exports, require, module, __filename, __dirname) { "
CJS_WRAPPER_TAIL = "\n})"


class ProcessExit(Exception):
    """process.exit(code): unwinds the JS stack; never catchable by JS."""

    def __init__(self, code):
        Exception.__init__(self, code)
        self.code = code


def install(rt):
    """Add host-defined globals to ``rt.realm``."""
    realm = rt.realm
    realm.host_create_dynamic_function = (
        lambda kind, args, new_target: compiler.create_dynamic_function(realm, kind, args, new_target))

    def eval_(realm_, this, args):
        x = arg(args, 0)
        if type(x) is not str:
            return x
        return compiler.indirect_eval(realm_, x)
    eval_fn = make_function(realm, eval_, "eval", 1)
    realm.define_global("eval", eval_fn)
    realm.register("%eval%", eval_fn)
    if not hasattr(realm, "throw_type_error_function"):
        def thrower(realm_, this, args):
            from .runtime.errors import throw_type_error
            throw_type_error("strict_callee")
        realm.throw_type_error_function = make_function(realm, thrower, "", 0)
    realm.define_global("process", make_process(rt))


def make_process(rt):
    """The part of node's ``process`` the interpreter core needs (issue 5
    completes it): argv, env, exit/exitCode, platform, versions, cwd, stdout."""
    realm = rt.realm
    p = JSObject(realm.object_prototype)
    p.props["title"] = "gode"
    p.props["version"] = "v" + __version__
    versions = JSObject(realm.object_prototype)
    versions.props["gode"] = __version__
    p.props["versions"] = versions
    p.props["platform"] = sys.platform if sys.platform != "win32" else "win32"
    p.props["argv"] = JSArray(realm.array_prototype, [])
    env = JSObject(realm.object_prototype)
    for k, v in os.environ.items():
        env.props[to_js_string(k)] = to_js_string(v)
    p.props["env"] = env
    p.props["exitCode"] = undefined
    p.props["pid"] = float(os.getpid())

    def exit_(realm_, this, args):
        code = arg(args, 0)
        if code is undefined:
            code = p.get("exitCode", p)
        raise ProcessExit(_exit_status(code))
    p.define_builtin("exit", make_function(realm, exit_, "exit", 1))

    def cwd(realm_, this, args):
        return to_js_string(rt.cwd or os.getcwd())
    p.define_builtin("cwd", make_function(realm, cwd, "cwd", 0))

    for stream in ("stdout", "stderr"):
        s = JSObject(realm.object_prototype)

        def write(realm_, this, args, stream=stream):
            rt.write(stream, to_string(arg(args, 0)))
            return True
        s.define_builtin("write", make_function(realm, write, "write", 1))
        s.props["isTTY"] = rt.is_tty(stream)
        p.props[stream] = s
    return p


def _exit_status(code):
    if code is undefined or code is null:
        return 0
    try:
        if type(code) is float and code == code:
            return int(code) & 0xFF
        if type(code) is str:
            return int(float(code)) & 0xFF
    except (ValueError, OverflowError):
        pass
    return 1


def _enter(rt):
    rt.agent.start_clock()
    return set_current_agent(rt.agent)


# -- running ----------------------------------------------------------------------------


def evaluate_script(rt, source_text, filename):
    previous = _enter(rt)
    try:
        try:
            run = compiler.compile_script(rt.realm, to_js_string(source_text), filename)
        except JSThrow as e:
            raise to_python_error(rt, e, phase="parse") from None
        try:
            value = run()
        except JSThrow as e:
            raise to_python_error(rt, e) from None
        except RecursionError:
            raise to_python_error(rt, JSThrow(rt.realm.new_error(
                "RangeError", "Maximum call stack size exceeded"))) from None
        return to_python(rt, value)
    finally:
        set_current_agent(previous)


def to_python_error(rt, e, phase="runtime"):
    from ..runtime_api import JSError
    v = e.value
    name, message, stack = "Error", "", ""
    if isinstance(v, JSObject):
        try:
            n = v.get("name", v)
            m = v.get("message", v)
            name = to_string(n) if n is not undefined else "Error"
            message = to_string(m) if m is not undefined else ""
            st = v.get("stack", v)
            stack = to_string(st) if isinstance(st, str) else ""
        except JSThrow:
            pass
    else:
        name = "Uncaught"
        try:
            message = to_string(v) if type(v) is not JSSymbol else v.descriptive_string()
        except JSThrow:
            message = "<value>"
    return JSError(v, from_js_string(name), from_js_string(message), from_js_string(stack),
                   phase if getattr(e, "parse_error", False) else "runtime")


def main_module(rt, path, text, argv):
    """Run ``text`` as node's main CommonJS module; return the exit status."""
    realm = rt.realm
    filename = os.path.abspath(path)
    process = realm.global_object.get("process")
    process.props["argv"] = JSArray(realm.array_prototype,
                                    [to_js_string(sys.executable), to_js_string(filename)]
                                    + [to_js_string(a) for a in argv])
    if text.startswith("#!"):
        text = "//" + text[2:]
    code = to_js_string(text)
    source = Source(filename, code, prefix=len(CJS_WRAPPER_HEAD))
    wrapped = CJS_WRAPPER_HEAD + code + CJS_WRAPPER_TAIL
    module = JSObject(realm.object_prototype)
    exports = JSObject(realm.object_prototype)
    module.props["exports"] = exports
    module.props["id"] = "."
    module.props["filename"] = to_js_string(filename)
    module.props["loaded"] = False
    require = make_require(rt, filename)
    module.props["require"] = require
    return _run_protected(rt, lambda: _run_wrapper(rt, wrapped, source, exports, require, module,
                                                   filename))


def _run_wrapper(rt, wrapped, source, exports, require, module, filename):
    realm = rt.realm
    f, _, _ = compiler.compile_function_program(realm, wrapped, source,
                                                frame_name="Object.<anonymous>")
    f.call(exports, [exports, require, module, to_js_string(filename),
                     to_js_string(os.path.dirname(filename))])


def make_require(rt, filename):
    realm = rt.realm

    def require(realm_, this, args):
        from .runtime.errors import throw_error
        spec = to_string(arg(args, 0))
        throw_error("Error", f"Cannot find module '{spec}' (require() arrives with issue 5)")
    return make_function(realm, require, "require", 1)


def run_main(rt, path, argv):
    try:
        with open(path, encoding="utf-8", errors="surrogateescape") as f:
            text = f.read()
    except OSError as e:
        rt.write("stderr", f"Error: Cannot find module '{os.path.abspath(path)}'\n"
                 if isinstance(e, FileNotFoundError) else f"Error: {e}\n")
        return 1
    previous = _enter(rt)
    try:
        return main_module(rt, path, text, argv)
    finally:
        set_current_agent(previous)


def run_main_source(rt, text, filename, argv, print_result):
    """-e / -p / stdin: run source as a global script named ``filename``."""
    previous = _enter(rt)
    try:
        realm = rt.realm
        process = realm.global_object.get("process")
        process.props["argv"] = JSArray(realm.array_prototype,
                                        [to_js_string(sys.executable)]
                                        + [to_js_string(a) for a in argv])
        realm.define_global("require", make_require(rt, os.path.join(os.getcwd(), filename)))

        def go():
            run = compiler.compile_script(realm, to_js_string(text), filename)
            value = run()
            if print_result:
                shown = value if type(value) is str else inspect_value(rt, value)
                rt.write("stdout", shown + "\n")
        return _run_protected(rt, go)
    finally:
        set_current_agent(previous)


def repl_evaluate(rt, text):
    """One REPL entry: ('ok', shown value), ('error', 'Uncaught ...') or
    ('incomplete', None) when the input stops mid-construct (keep reading)."""
    previous = _enter(rt)
    try:
        realm = rt.realm
        try:
            run = compiler.compile_script(realm, to_js_string(text), "REPL")
        except JSThrow as e:
            if getattr(e, "parse_error", False):
                try:
                    message = e.value.get("message", e.value)
                except JSThrow:
                    message = ""
                if message in ("Unexpected end of input", "Unterminated template literal",
                               "Unterminated string constant"):
                    return "incomplete", None
            return "error", "Uncaught " + _uncaught_text(rt, e.value)
        try:
            value = run()
        except JSThrow as e:
            return "error", "Uncaught " + _uncaught_text(rt, e.value)
        except RecursionError:
            return "error", "Uncaught RangeError: Maximum call stack size exceeded"
        except ProcessExit as e:
            raise SystemExit(e.code)
        return "ok", inspect_value(rt, value)
    finally:
        set_current_agent(previous)


def _uncaught_text(rt, value):
    if isinstance(value, JSErrorObject):
        return error_header(value)  # node's REPL hides its own frames
    return inspect_thrown(rt, value) if type(value) is not str else inspect_value(rt, value)


def check_syntax(rt, text, filename):
    previous = _enter(rt)
    try:
        from .parser import parse, ParseError
        code = to_js_string(text[2:] if text.startswith("#!") else text)
        if text.startswith("#!"):
            code = "//" + code
        try:
            parse(CJS_WRAPPER_HEAD + code + CJS_WRAPPER_TAIL)
        except ParseError as err:
            source = Source(filename, code, prefix=len(CJS_WRAPPER_HEAD))
            report_uncaught(rt, compiler.syntax_error_from_parse(rt.realm, err, source))
            return 1
        return 0
    finally:
        set_current_agent(previous)


def _run_protected(rt, fn):
    """Run ``fn``; report an uncaught error as node does; return the exit status."""
    realm = rt.realm
    try:
        fn()
    except ProcessExit as e:
        return e.code
    except JSThrow as e:
        report_uncaught(rt, e)
        return 1
    except RecursionError:
        report_uncaught(rt, JSThrow(realm.new_error("RangeError", "Maximum call stack size exceeded")))
        return 1
    except LimitExceeded as e:
        rt.write("stderr", f"gode: {e}\n")
        return 1
    except Exception as e:  # a bug in gode: report it with the JS location
        report_internal_error(rt, e)
        return 70
    process = realm.global_object.get("process")
    return _exit_status(process.get("exitCode", process))


def report_internal_error(rt, exc):
    """An internal Python exception reached the top: never show a bare
    traceback; say it is a gode bug, where in the JS it happened, and how to
    get the Python traceback (GODE_DEBUG=1)."""
    stack = rt.agent.call_stack
    sites = [entry[0] for entry in stack if entry[0] is not None]
    where = sites[-1].describe() if sites else "<top level>"
    lines = [f"gode: internal error (this is a bug in gode, please report it): "
             f"{type(exc).__name__}: {exc}", f"    at {where}"]
    if os.environ.get("GODE_DEBUG"):
        import traceback
        lines.append("".join(traceback.format_exception(exc)))
    else:
        lines.append("(set GODE_DEBUG=1 to see the Python traceback)")
    rt.write("stderr", "\n".join(lines) + "\n")


def inspect_value(rt, value):
    try:
        from . import inspect as inspect_module
        return inspect_module.inspect(value, realm=rt.realm)
    except (ImportError, AttributeError):
        if isinstance(value, str):
            return value
        if isinstance(value, JSObject):
            return "[object " + value.js_class + "]"
        return to_string(value) if type(value) is not JSSymbol else value.descriptive_string()


def _report_uncaught(rt, e):
    """Print an uncaught exception like node: location, source line, caret,
    blank line, then the error (its stack) or the inspected value."""
    value = e.value
    out = []
    site = e.pos
    if site is not None:
        line, col = site.position()
        out.append(f"{site.source.filename}:{line}")
        text = site.source.line_text(line)
        out.append(text)
        out.append(" " * (col - 1) + "^")
    is_error = isinstance(value, JSObject) and isinstance(value, JSErrorObject)
    if site is not None:
        out.append("" if is_error or getattr(e, "parse_error", False) else None)
    out = [o for o in out if o is not None]
    if is_error:
        try:
            stack = value.get("stack", value)
        except JSThrow:
            stack = undefined
        if getattr(e, "parse_error", False):
            text = error_header(value)
        elif isinstance(stack, str):
            text = inspect_error(rt, value, stack)
        else:
            text = error_header(value)
        out.append(text)
        out.append("")
        out.append(f"Node.js v20 compatible (gode v{__version__})")
    else:
        out.append(inspect_thrown(rt, value))
        out.append("(Use `node --trace-uncaught ...` to show where the exception was thrown)")
        out.append("")
        out.append(f"Node.js v20 compatible (gode v{__version__})")
    rt.write("stderr", "\n".join(out) + "\n")


def report_uncaught(rt, e):
    try:
        _report_uncaught(rt, e)
    except Exception:  # printing must never fail: fall back to the bare header
        try:
            text = error_header(e.value) if isinstance(e.value, JSObject) else repr(e.value)
        except Exception:
            text = "Uncaught exception"
        rt.write("stderr", f"Uncaught {text}\n")


def inspect_error(rt, value, stack):
    try:
        from . import inspect as inspect_module
        return inspect_module.inspect(value, realm=rt.realm)
    except (ImportError, AttributeError):
        return stack
    except JSThrow:
        return stack


def inspect_thrown(rt, value):
    """A thrown non-error prints as node prints it: strings raw, others inspected."""
    if type(value) is str:
        return value
    try:
        return inspect_value(rt, value)
    except JSThrow:
        return "<value>"


# -- values -------------------------------------------------------------------------------


def to_python(rt, value):
    """JS value -> Python: undefined -> gode.undefined, null -> None, numbers
    -> int when integral and safe else float, strings -> str (UTF-16 joined),
    arrays -> list, plain objects -> dict, other objects stay JS objects."""
    return _to_py(value, {})


def _to_py(v, seen):
    t = type(v)
    if t is float:
        if v.is_integer() and abs(v) <= 2 ** 53 and not (v == 0 and str(v).startswith("-")):
            return int(v)
        return v
    if t is str:
        return from_js_string(v)
    if t is bool or t is int:
        return v
    if v is null:
        return None
    if v is undefined:
        return undefined
    if id(v) in seen:
        return seen[id(v)]
    if t is JSArray:
        out = []
        seen[id(v)] = out
        n = v.get_length()
        for i in range(n):
            out.append(_to_py(v.get(str(i), v), seen))
        return out
    if t is JSObject:
        out = {}
        seen[id(v)] = out
        for k in v.own_property_keys():
            if type(k) is str:
                desc = v.get_own_property(k)
                if desc is not None and desc.enumerable:
                    out[from_js_string(k)] = _to_py(v.get(k, v), seen)
        return out
    return v
