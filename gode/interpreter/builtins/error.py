"""Error, the NativeError constructors, AggregateError and stack traces.

Realm attributes: ``error_prototype``, ``error_prototypes`` (kind -> prototype),
``error_constructors`` (kind -> constructor).
https://tc39.es/ecma262/#sec-error-objects

Stacks.  Every call made by compiled code pushes its call site on
``agent.call_stack``; an error object snapshots that list when it is created
(V8's ``captureStackTrace``) and formats ``stack`` lazily on first read, so an
error thrown by a runtime helper can still have its innermost frame filled in
by the compiled closure that catches it first (see :func:`add_top_frame`).
"""

from ..runtime.values import undefined, null, JSSymbol
from ..runtime.objects import JSObject, Prop
from ..runtime.errors import throw_type_error
from ..runtime.type_conversion import to_string
from ..runtime.object_operations import (get_prototype_from_constructor, create_array_from_list,
                                         iterate_to_list)
from .registry import Table, install, make_constructor, arg

NATIVE_ERRORS = ["EvalError", "RangeError", "ReferenceError", "SyntaxError", "TypeError",
                 "URIError"]

#: Frames kept in a stack trace, as V8's Error.stackTraceLimit default.
STACK_TRACE_LIMIT = 10


class JSError(JSObject):
    """An object with an [[ErrorData]] slot.  ``frames`` are the call sites
    captured at creation, innermost first; ``stack`` is materialized from them
    when first read."""
    __slots__ = ("frames", "stack_pending", "needs_top_frame")
    js_class = "Error"

    def __init__(self, proto):
        JSObject.__init__(self, proto)
        self.frames = ()
        self.stack_pending = False
        self.needs_top_frame = False

    def _materialize_stack(self):
        self.stack_pending = False
        self.props["stack"] = Prop(format_stack(self), True, False, True)

    def get_own_property(self, key):
        if self.stack_pending and key == "stack":
            self._materialize_stack()
        return JSObject.get_own_property(self, key)

    def get(self, key, receiver=None):
        if self.stack_pending and key == "stack":
            self._materialize_stack()
        return JSObject.get(self, key, receiver)

    def set(self, key, value, receiver=None):
        if self.stack_pending and key == "stack":
            self.stack_pending = False
        return JSObject.set(self, key, value, receiver)

    def define_own_property(self, key, desc):
        if self.stack_pending and key == "stack":
            self._materialize_stack()
        return JSObject.define_own_property(self, key, desc)

    def delete(self, key):
        if self.stack_pending and key == "stack":
            self.stack_pending = False
        return JSObject.delete(self, key)


class Frame:
    """One line of a stack trace: ``at name (file:line:col)``; a builtin's
    frame has no site and prints ``at Array.map (<anonymous>)``."""
    __slots__ = ("site", "name")

    def __init__(self, site, name):
        self.site = site
        self.name = name

    def describe(self):
        if self.site is None:
            return f"{self.name} (<anonymous>)"
        line, col = self.site.position()
        where = f"{self.site.source.filename}:{line}:{col}"
        return f"{self.name} ({where})" if self.name else where

    def __repr__(self):
        return f"<Frame {self.describe()}>"


def receiver_type_name(this):
    """The 'Object' of 'Object.m': what V8 calls the receiver's type."""
    if getattr(this, "is_callable", False):
        return getattr(this, "function_name", None) or "Function"
    if isinstance(this, JSObject):
        # Namespace objects (JSON, Math, Reflect) go by their toStringTag.
        from ..runtime.values import SYM_TO_STRING_TAG
        tag = this.props.get(SYM_TO_STRING_TAG)
        if type(tag) is Prop:
            tag = tag.value
        if isinstance(tag, str) and this.proto is not None and \
                this.proto.props.get(SYM_TO_STRING_TAG) is None:
            return tag
        from ..runtime.object_operations import constructor_name
        return constructor_name(this)
    return {str: "String", float: "Number", bool: "Boolean", int: "BigInt"}.get(type(this), "Object")


def frame_function_name(realm, callee, this):
    """How V8 names the frame of ``callee`` called with receiver ``this``:
    'new A', 'A.m', 'Object.<anonymous>', 'named', or None (anonymous)."""
    from ..compiler.core import NEW
    name = getattr(callee, "function_name", None)
    if not isinstance(name, str):
        name = ""
    if this is NEW:
        return "new " + (name or "<anonymous>")
    code = getattr(callee, "code", None)
    if code is not None and code.kind in ("arrow", "async_arrow"):
        return name or None
    if name.startswith(("get ", "set ")):
        return f"{name} [as {name[4:]}]"  # V8 names accessor frames so
    if this is undefined or this is null or this is realm.global_object:
        return name or None
    return receiver_type_name(this) + "." + (name or "<anonymous>")


def capture_frames(realm):
    """The current JS stack as Frames, innermost first (at most the limit).

    Entry j of agent.call_stack is (site, callee, receiver), pushed by the
    JS code that made the call; its site lies in the frame of entry j-1's
    callee, which names that frame.  Builtins call back into JS without
    pushing, so a site whose caller entry is a builtin gets its function's
    compile-time name, followed by the builtin's own ``<anonymous>`` frame
    (``at Array.map (<anonymous>)``), as V8 prints them."""
    stack = realm.agent.call_stack
    frames = []
    j = len(stack) - 1
    while j >= 0 and len(frames) < STACK_TRACE_LIMIT:
        site = stack[j][0]
        if site is None:
            # A call made by the runtime (a getter, valueOf): it names the
            # frame above it but has no position of its own.
            j -= 1
            continue
        if j == 0:
            frames.append(Frame(site, site.function_name))
            break
        _, callee, this = stack[j - 1]
        name = frame_function_name(realm, callee, this)
        if getattr(callee, "code", None) is None:
            frames.append(Frame(site, site.function_name))
            frames.append(Frame(None, name))
        else:
            frames.append(Frame(site, name))
        j -= 1
    del frames[STACK_TRACE_LIMIT:]
    return frames


def install_stack(err, realm, frames=None, needs_top_frame=False):
    err.frames = capture_frames(realm) if frames is None else frames
    err.stack_pending = True
    err.needs_top_frame = needs_top_frame
    # Reserve the property's place in key order without formatting it.
    err.props["stack"] = Prop(undefined, True, False, True)


def add_top_frame(err, site):
    """Give an error made by a runtime helper (which knows no position) its
    innermost frame: the operation's ``site`` in the running function, or
    the builtin's own ``<anonymous>`` frame when a builtin raised it."""
    if type(err) is not JSError or not err.stack_pending or not err.needs_top_frame:
        return
    err.needs_top_frame = False
    from ..runtime.agent import current_realm
    realm = current_realm()
    stack = realm.agent.call_stack
    frames = list(err.frames)
    if stack:
        _, callee, this = stack[-1]
        name = frame_function_name(realm, callee, this)
        if getattr(callee, "code", None) is None and stack[-1][0] is site:
            frames.insert(0, Frame(None, name))
        else:
            frames.insert(0, Frame(site, name))
    else:
        frames.insert(0, Frame(site, site.function_name))
    del frames[STACK_TRACE_LIMIT:]
    err.frames = frames


def error_header(err):
    """'Name: message' as Error.prototype.toString would give, never throwing."""
    try:
        name = err.get("name", err)
        msg = err.get("message", err)
        name = "Error" if name is undefined else to_string(name)
        msg = "" if msg is undefined else to_string(msg)
    except Exception:
        return "Error"
    if not name:
        return msg
    if not msg:
        return name
    return name + ": " + msg


def format_stack(err):
    lines = [error_header(err)]
    for frame in err.frames:
        lines.append("    at " + frame.describe())
    return "\n".join(lines)


def make_error(realm, kind, message):
    """A new error of constructor ``kind`` ('TypeError', ...) with a stack."""
    proto = realm.error_prototypes[kind]
    err = JSError(proto)
    install_stack(err, realm, needs_top_frame=True)
    err.props["message"] = Prop(message, True, False, True)
    return err


def _install_error_data(realm, err, message, options):
    if message is not undefined:
        err.props["message"] = Prop(to_string(message), True, False, True)
    if isinstance(options, JSObject) and options.has_property("cause"):
        err.props["cause"] = Prop(options.get("cause", options), True, False, True)


def _make_native(kind):
    def construct(realm, args, new_target):
        proto = get_prototype_from_constructor(new_target, "error_prototype") \
            if kind == "Error" else _proto_from(new_target, kind)
        err = JSError(proto)
        install_stack(err, realm)
        _install_error_data(realm, err, arg(args, 0), arg(args, 1))
        return err

    def call(realm, this, args):
        return construct(realm, args, realm.error_constructors[kind])
    return call, construct


def _proto_from(new_target, kind):
    proto = new_target.get("prototype", new_target)
    if not isinstance(proto, JSObject):
        realm = getattr(new_target, "realm", None)
        from ..runtime.agent import current_realm
        realm = realm or current_realm()
        proto = realm.error_prototypes[kind]
    return proto


def aggregate_construct(realm, args, new_target):
    proto = _proto_from(new_target, "AggregateError")
    err = JSError(proto)
    install_stack(err, realm)
    _install_error_data(realm, err, arg(args, 1), arg(args, 2))
    errors = iterate_to_list(arg(args, 0))
    err.props["errors"] = Prop(create_array_from_list(errors), True, False, True)
    return err


def aggregate_call(realm, this, args):
    return aggregate_construct(realm, args, realm.error_constructors["AggregateError"])


proto_methods = Table()


@proto_methods("toString", 0)
def error_to_string(realm, this, args):
    """https://tc39.es/ecma262/#sec-error.prototype.tostring"""
    if not isinstance(this, JSObject):
        throw_type_error("incompatible_receiver", "Error.prototype.toString", to_string(this)
                         if not isinstance(this, JSSymbol) else this.descriptive_string())
    name = this.get("name", this)
    name = "Error" if name is undefined else to_string(name)
    msg = this.get("message", this)
    msg = "" if msg is undefined else to_string(msg)
    if not name:
        return msg
    if not msg:
        return name
    return name + ": " + msg


statics = Table()


@statics("captureStackTrace", 2)
def capture_stack_trace(realm, this, args):
    target = arg(args, 0)
    if not isinstance(target, JSObject):
        throw_type_error("Invalid argument")
    # The innermost entry is the call of captureStackTrace itself.
    frames = capture_frames(realm)
    if type(target) is JSError:
        target.frames = frames
        target.stack_pending = True
        target.props["stack"] = Prop(undefined, True, False, True)
    else:
        tmp = JSError(realm.error_prototype)
        tmp.frames = frames
        header = error_header(target)
        lines = [header] + ["    at " + s.describe() for s in frames]
        target.define_own_property("stack", __import__(
            "gode.interpreter.runtime.objects", fromlist=["Descriptor"]).Descriptor(
            "\n".join(lines), writable=True, enumerable=False, configurable=True))
    return undefined


def setup(realm):
    realm.error_prototype = JSObject(realm.object_prototype)
    realm.error_constructors = {}
    call, construct = _make_native("Error")
    ctor = make_constructor(realm, "Error", 1, call, construct, realm.error_prototype)
    realm.error_prototypes["Error"] = realm.error_prototype
    realm.error_constructors["Error"] = ctor
    realm.error_prototype.define_builtin("name", "Error")
    realm.error_prototype.define_builtin("message", "")
    install(realm, realm.error_prototype, proto_methods)
    install(realm, ctor, statics)
    ctor.define_builtin("stackTraceLimit", float(STACK_TRACE_LIMIT), True, True, True)
    realm.define_global("Error", ctor)
    for kind in NATIVE_ERRORS + ["AggregateError"]:
        proto = JSObject(realm.error_prototype)
        if kind == "AggregateError":
            c = make_constructor(realm, kind, 2, aggregate_call, aggregate_construct, proto)
        else:
            call, construct = _make_native(kind)
            c = make_constructor(realm, kind, 1, call, construct, proto)
        c.proto = ctor
        proto.define_builtin("name", kind)
        proto.define_builtin("message", "")
        realm.error_prototypes[kind] = proto
        realm.error_constructors[kind] = c
        realm.define_global(kind, c)
        realm.register("%" + kind + "%", c)
