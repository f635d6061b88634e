"""Compiler core: the dispatch table, completion signals, call sites and
variable access closures.

Every ESTree node type has one ``compile_<Type>`` method (on the mixins in
statements.py, expressions.py, functions.py, patterns.py); :meth:`Compiler.expr`
and :meth:`Compiler.stmt` dispatch on ``node["type"]`` once, at compile time.
The result is a tree of Python closures:

* an expression compiles to ``f(env) -> value``;
* a statement compiles to ``s(env) -> None | completion`` where a completion
  is a :class:`Signal` (break/continue, one object per target so identity is
  the test) or a 1-tuple ``(value,)`` for ``return``.

``env`` is the current runtime environment (a list, see scope.py).  Running
code never looks at node types again.
"""

from ..runtime.values import undefined, null, TDZ, JSSymbol
from ..runtime.objects import JSObject, Prop
from ..runtime.errors import JSThrow, throw_type_error, throw_reference_error, throw_error
from ..runtime.function import JSFunction
from ..builtins.error import add_top_frame
from ..scope import Resolver

#: Statements whose completion value is UpdateEmpty(result, undefined)
#: (see StatementsMixin.with_completion_reset).
COMPLETION_RESET = frozenset(("IfStatement", "WhileStatement", "DoWhileStatement", "ForStatement",
                              "ForInStatement", "ForOfStatement", "SwitchStatement",
                              "WithStatement"))


class Signal:
    """A break or continue completion aimed at one target."""
    __slots__ = ("kind", "label")

    def __init__(self, kind, label=None):
        self.kind = kind
        self.label = label

    def __repr__(self):
        return f"<{self.kind} {self.label or ''}>"


BREAK = Signal("break")
CONTINUE = Signal("continue")


class CallSite:
    """A position in source that appears in stack traces: a call, a ``new``,
    or an operation that threw.  ``function_name`` is the enclosing
    function's name known at compile time, used for the outermost frame.

    Each call pushes ``(site, callee, receiver)`` on ``agent.call_stack``
    (receiver ``NEW`` for [[Construct]]); builtins/error.py turns that list
    into V8-style frames."""
    __slots__ = ("source", "offset", "function_name", "is_call_site", "_pos", "callee_text")

    def __init__(self, source, offset, function_name, callee_text=None):
        self.source = source
        self.offset = offset
        self.function_name = function_name
        self.is_call_site = True
        self._pos = None
        #: The callee as V8 names it in messages ("c.call"), for call sites.
        self.callee_text = callee_text

    def position(self):
        if self._pos is None:
            self._pos = self.source.position(self.offset)
        return self._pos

    def describe(self):
        line, col = self.position()
        where = f"{self.source.filename}:{line}:{col}"
        if self.function_name:
            return f"{self.function_name} ({where})"
        return where

    def __repr__(self):
        return f"<CallSite {self.describe()}>"


#: The receiver recorded for a [[Construct]] in a call stack entry.
NEW = Signal("new")


def annotate(e, site):
    """Record where a JSThrow happened if nothing closer has (see error.py)."""
    if e.pos is None:
        e.pos = site
        add_top_frame(e.value, site)


class FunctionContext:
    """Per-function compile state: labels, strictness, kind."""

    def __init__(self, scope, name, kind="normal", parent=None):
        self.scope = scope
        self.name = name
        self.kind = kind          # 'normal', 'arrow', 'method', 'generator', 'async', ...
        self.parent = parent
        self.is_generator = False
        self.is_async = False
        self.labels = {}          # label -> (break_signal, continue_signal)
        self.display = None       # frame name override (see CompilerBase.frame_names)
        #: ids of nodes containing yield/await (generator mode), else None
        self.suspend_points = None


class CompilerBase:
    """State shared by all mixins; see compiler/__init__.py for the entry points."""

    def __init__(self, realm, source, resolver=None):
        self.realm = realm
        self.agent = realm.agent
        self.source = source
        self.resolver = resolver or Resolver()
        self.scope = None
        self.fn = None             # FunctionContext
        self.track_completion = False
        self.completion_cell = None
        #: id(function node) -> the name its frames get in stack traces
        self.frame_names = {}

    # -- dispatch -------------------------------------------------------------------

    def expr(self, node):
        m = getattr(self, "compile_" + node["type"], None)
        if m is None:
            raise NotImplementedError(f"compiler: {node['type']}")
        return m(node)

    def stmt(self, node):
        m = getattr(self, "compile_" + node["type"], None)
        if m is None:
            raise NotImplementedError(f"compiler: {node['type']}")
        f = m(node)
        if self.track_completion and node["type"] in COMPLETION_RESET:
            f = self.with_completion_reset(f)
        # Where an error raised while this statement runs is reported when
        # nothing closer knew (see statements.run_sequence).
        if "site" not in f.__dict__:
            f.site = self.site(node)
        return f

    def not_yet(self, node, message):
        """A clear SyntaxError for syntax a later issue implements (never a
        Python error): raised at compile time, pointing at ``node``."""
        from ..parser import ParseError
        from . import syntax_error_from_parse
        raise syntax_error_from_parse(self.realm, ParseError(message, node["start"]), self.source)

    # -- scopes ------------------------------------------------------------------------

    def scope_of(self, node):
        return self.resolver.scopes.get(id(node))

    def ref(self, node, name=None):
        if name is None:
            name = node["name"]
        return self.resolver.refs[(id(node), name)]

    def site(self, node, offset=None):
        return CallSite(self.source, node["start"] if offset is None else offset,
                        self.frame_name())

    def frame_name(self):
        fn = self.fn
        if fn is None or fn.kind == "script":
            return None
        return fn.display or fn.name or None

    def enter_scope(self, node):
        """If ``node`` has its own scope, make it current and return
        (previous scope, new scope) for leave_scope; else (None, None)."""
        s = self.scope_of(node)
        if s is None:
            return None, None
        prev = self.scope
        self.scope = s
        return prev, s

    # -- variable access ----------------------------------------------------------------

    def make_env_getter(self, hops):
        """env -> the environment ``hops`` parent links up."""
        if hops == 0:
            return lambda env: env
        if hops == 1:
            return lambda env: env[0]
        if hops == 2:
            return lambda env: env[0][0]

        def walk(env):
            for _ in range(hops):
                env = env[0]
            return env
        return walk

    def compile_read(self, ref, node=None, typeof=False):
        """A closure reading the variable ``ref`` refers to."""
        kind = ref.kind
        name = ref.name
        if kind == "local":
            slot = ref.slot
            hops = ref.hops
            if ref.check_tdz:
                msg_name = name

                def tdz(v):
                    if msg_name == "%this":
                        throw_reference_error("super_not_called")
                    throw_reference_error("tdz", msg_name)
                if hops == 0:
                    def read(env):
                        v = env[slot]
                        if v is TDZ:
                            tdz(v)
                        return v
                elif hops == 1:
                    def read(env):
                        v = env[0][slot]
                        if v is TDZ:
                            tdz(v)
                        return v
                else:
                    up = self.make_env_getter(hops)

                    def read(env):
                        v = up(env)[slot]
                        if v is TDZ:
                            tdz(v)
                        return v
                return read
            if hops == 0:
                return lambda env: env[slot]
            if hops == 1:
                return lambda env: env[0][slot]
            if hops == 2:
                return lambda env: env[0][0][slot]
            up = self.make_env_getter(hops)
            return lambda env: up(env)[slot]
        if kind == "global":
            return self.compile_global_read(name, typeof,
                                            self.site(node) if node is not None else None)
        if kind == "dynamic":
            return self.compile_dynamic_read(ref, node, typeof)
        raise AssertionError(kind)

    def compile_global_read(self, name, typeof=False, site=None):
        """Read a name not declared in any enclosing scope: the global
        declarative record, then the global object.  A ReferenceError it
        raises is placed at ``site``."""
        realm = self.realm
        lexicals = realm.global_lexicals
        gprops = realm.global_object.props
        global_object = realm.global_object

        def read(env):
            v = lexicals.get(name)
            if v is not None:
                if v is TDZ:
                    throw_reference_error("tdz", name)
                return v
            # Fast path: a data property of the global object itself (var
            # declarations and builtins are non-default Props).
            v = gprops.get(name)
            if v is not None:
                if type(v) is not Prop:
                    return v
                if not v.accessor:
                    return v.value
            try:
                if global_object.has_property(name):
                    return global_object.get(name, global_object)
                if typeof:
                    return undefined
                throw_reference_error("not_defined", name)
            except JSThrow as e:
                if site is not None:
                    annotate(e, site)
                raise
        return read

    def compile_dynamic_read(self, ref, node, typeof=False):
        checks = [(what, self.make_env_getter(h), slot) for what, h, slot in ref.checks]
        fallback = self.compile_read(ref.fallback, node, typeof)
        name = ref.name

        def read(env):
            for what, up, slot in checks:
                holder = up(env)[slot]
                if what == "with":
                    if with_has_binding(holder, name):
                        return holder.get(name, holder)
                elif holder is not None and name in holder:
                    return holder[name]
            return fallback(env)
        return read

    def compile_write(self, ref, node=None, strict=None, init=False):
        """A closure ``write(env, value)`` assigning the variable.  ``init``
        marks a declaration's initialization (no const/TDZ checks)."""
        if strict is None:
            strict = self.scope.strict
        kind = ref.kind
        name = ref.name
        if kind == "local":
            slot = ref.slot
            hops = ref.hops
            binding = ref.binding
            up = self.make_env_getter(hops)
            if not init and binding.immutable:
                if binding.kind == "callee":
                    if strict:
                        def write(env, value):
                            throw_type_error("const_assign")
                    else:
                        def write(env, value):
                            pass
                    return write
                check = binding.needs_tdz and ref.check_tdz

                def write(env, value):
                    if check and up(env)[slot] is TDZ:
                        throw_reference_error("tdz", name)
                    throw_type_error("const_assign")
                return write
            if not init and ref.check_tdz:
                def write(env, value):
                    e = up(env)
                    if e[slot] is TDZ:
                        throw_reference_error("tdz", name)
                    e[slot] = value
                return write
            if hops == 0:
                def write(env, value):
                    env[slot] = value
            elif hops == 1:
                def write(env, value):
                    env[0][slot] = value
            else:
                def write(env, value):
                    up(env)[slot] = value
            return write
        if kind == "global":
            return self.compile_global_write(name, strict, init, ref.binding)
        if kind == "dynamic":
            checks = [(what, self.make_env_getter(h), slot) for what, h, slot in ref.checks]
            fallback = self.compile_write(ref.fallback, node, strict, init)

            def write(env, value):
                for what, up, slot in checks:
                    holder = up(env)[slot]
                    if what == "with":
                        if with_has_binding(holder, name):
                            ok = holder.set(name, value, holder)
                            if not ok and strict:
                                throw_type_error("readonly_prop", name, "object")
                            return
                    elif holder is not None and name in holder:
                        holder[name] = value
                        return
                fallback(env, value)
            return write
        raise AssertionError(kind)

    def compile_name_reference(self, ref, node, strict=None):
        """For assignments to a name: (resolve(env) -> token, get(env, token),
        put(env, token, value)).  Only names that a ``with`` object or sloppy
        eval may hold need the token: the spec resolves the reference before
        the right-hand side runs (``with (o) x = (delete o.x, 2)`` still
        writes o.x).  For the others the token is None."""
        if strict is None:
            strict = self.scope.strict
        read = self.compile_read(ref, node)
        write = self.compile_write(ref, node, strict)
        if ref.kind != "dynamic":
            return (lambda env: None), (lambda env, token: read(env)), \
                (lambda env, token, value: write(env, value))
        checks = [(what, self.make_env_getter(h), slot) for what, h, slot in ref.checks]
        name = ref.name
        fallback_read = self.compile_read(ref.fallback, node)
        fallback_write = self.compile_write(ref.fallback, node, strict)

        def resolve(env):
            for what, up, slot in checks:
                holder = up(env)[slot]
                if what == "with":
                    if with_has_binding(holder, name):
                        return (what, holder)
                elif holder is not None and name in holder:
                    return (what, holder)
            return None

        def get(env, token):
            if token is None:
                return fallback_read(env)
            what, holder = token
            if what == "with":
                if not holder.has_property(name):
                    if strict:
                        throw_reference_error("not_defined", name)
                    return undefined
                return holder.get(name, holder)
            return holder.get(name, undefined)

        def put(env, token, value):
            if token is None:
                fallback_write(env, value)
                return
            what, holder = token
            if what == "with":
                if strict and not holder.has_property(name):
                    throw_reference_error("not_defined", name)
                if not holder.set(name, value, holder) and strict:
                    from ..runtime.object_operations import throw_set_failure
                    throw_set_failure(holder, name)
            else:
                holder[name] = value
        return resolve, get, put

    def compile_global_write(self, name, strict, init=False, binding=None):
        realm = self.realm
        lexicals = realm.global_lexicals
        consts = realm.global_consts
        global_object = realm.global_object
        gprops = global_object.props

        def write(env, value):
            if name in lexicals:
                if init:
                    lexicals[name] = value
                    return
                if lexicals[name] is TDZ:
                    throw_reference_error("tdz", name)
                if name in consts:
                    throw_type_error("const_assign")
                lexicals[name] = value
                return
            # Fast path: an existing writable data property of the global object.
            cur = gprops.get(name)
            if cur is not None:
                if type(cur) is not Prop:
                    gprops[name] = value
                    return
                if not cur.accessor and cur.writable:
                    cur.value = value
                    return
            if strict and not init and not global_object.has_property(name):
                throw_reference_error("not_defined", name)
            ok = global_object.set(name, value, global_object)
            if not ok and strict:
                from ..runtime.object_operations import throw_set_failure
                throw_set_failure(global_object, name)
        return write


def with_has_binding(obj, name):
    """HasBinding of an object Environment Record with withEnvironment true."""
    from ..runtime.values import SYM_UNSCOPABLES
    from ..runtime.type_conversion import to_boolean
    if not obj.has_property(name):
        return False
    unscopables = obj.get(SYM_UNSCOPABLES, obj)
    if isinstance(unscopables, JSObject):
        if to_boolean(unscopables.get(name, unscopables)):
            return False
    return True
