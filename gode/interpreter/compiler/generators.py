"""Suspendable functions: generators, and the await half of async functions.

Only the nodes on a path to a ``yield`` (or ``await``) are compiled in
*generator mode*: each becomes a Python generator function ``g(env)`` used as
``yield from g(env)``; every other node is the ordinary closure.  So
suspension costs nothing in code that does not suspend, and needs no threads
and no greenlets.

Protocol between compiled code and the driver (``generator_resume``):
the Python generator yields ``(YIELD, value)``, ``(YIELD_RAW, result)``
(``yield*`` handing on an inner result object untouched) or
``(AWAIT, value)``; it is resumed with ``(mode, value)``, mode being
'next', 'throw' or 'return'.  A 'return' unwinds as :class:`GeneratorReturn`
so JS ``finally`` blocks run (and may override it).

https://tc39.es/ecma262/#sec-generator-objects
"""

from ..runtime.values import undefined, null, TDZ, ABSENT, HOLE
from ..runtime.objects import JSObject, JSArray
from ..runtime.function import JSFunction
from ..runtime.errors import JSThrow, throw_type_error, throw_error
from ..runtime.type_conversion import to_boolean, to_object, to_string, to_property_key, to_number
from ..runtime import operators as ops
from ..runtime.object_operations import (get_iterator, get_method, iterator_step_value,
                                         iterator_close, iterator_complete, iterator_value,
                                         create_iter_result_object, iterate_to_list, call,
                                         type_name_for_error)
from ..runtime.operators import is_strictly_equal
from .core import BREAK, CONTINUE, Signal, annotate, NEW
from .statements import for_in_keys

YIELD = "yield"
YIELD_RAW = "yield_raw"
AWAIT = "await"

FUNCTION_NODES = frozenset(("FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression",
                            "ClassDeclaration", "ClassExpression"))


#: Unary operators applied to an already evaluated operand.
UNARY_OPERATIONS = {
    "!": lambda v: not to_boolean(v),
    "-": ops.op_negate,
    "+": to_number,
    "~": ops.op_bitwise_not,
    "typeof": ops.op_typeof,
    "void": lambda v: undefined,
}


class GeneratorReturn(Exception):
    """generator.return(v) unwinding through the generator's frames."""

    def __init__(self, value):
        Exception.__init__(self)
        self.value = value


def suspend_points(body):
    """ids of the nodes under ``body`` (not inside nested functions) that
    contain a yield or an await."""
    found = set()

    def walk(node):
        t = node.get("type")
        hit = t in ("YieldExpression", "AwaitExpression") or \
            (t == "ForOfStatement" and node.get("await"))
        for k, v in node.items():
            if k in ("type", "start", "end"):
                continue
            if isinstance(v, dict):
                if v.get("type") in FUNCTION_NODES:
                    continue
                if walk(v):
                    hit = True
            elif isinstance(v, list):
                for x in v:
                    if isinstance(x, dict) and x.get("type") not in FUNCTION_NODES:
                        if walk(x):
                            hit = True
        if hit:
            found.add(id(node))
        return hit
    if isinstance(body, dict):
        walk(body)
    return found


def lift(f):
    """An ordinary closure as a generator function (for uniform yield from)."""
    def lifted(env):
        return f(env)
        yield  # noqa: unreachable; makes this a generator
    return lifted


# -- the driver ------------------------------------------------------------------------------


class JSGenerator(JSObject):
    """A generator object: [[GeneratorState]] and the suspended Python generator."""
    __slots__ = ("state", "py_gen", "brand")
    js_class = "Generator"

    def __init__(self, proto):
        JSObject.__init__(self, proto)
        self.state = "suspendedStart"
        self.py_gen = None
        self.brand = None


def generator_resume(gen, mode, value):
    """GeneratorResume / GeneratorResumeAbrupt -> iterator result object."""
    state = gen.state
    if state == "executing":
        throw_type_error("generator_running")
    if state == "completed" or (state == "suspendedStart" and mode != "next"):
        gen.state = "completed"
        gen.py_gen = None
        if mode == "throw":
            raise JSThrow(value)
        return create_iter_result_object(undefined if mode == "next" else value, True)
    gen.state = "executing"
    py_gen = gen.py_gen
    try:
        if state == "suspendedStart":
            out = py_gen.send(None)
        else:
            out = py_gen.send((mode, value))
    except StopIteration as stop:
        gen.state = "completed"
        gen.py_gen = None
        r = stop.value
        return create_iter_result_object(undefined if r is None else r[0], True)
    except GeneratorReturn as ret:
        gen.state = "completed"
        gen.py_gen = None
        return create_iter_result_object(ret.value, True)
    except BaseException:
        gen.state = "completed"
        gen.py_gen = None
        raise
    gen.state = "suspendedYield"
    kind, v = out
    if kind is YIELD_RAW:
        return v
    if kind is AWAIT:
        throw_error("SyntaxError", "await is only valid in async functions")
    return create_iter_result_object(v, False)


def build_suspendable_function(compiler, code, node, instantiate):
    """Give ``code`` its call(): create the generator object (generators) or
    run the async driver (async functions, issue 4)."""
    kind = code.kind
    realm = compiler.realm
    body_gen = code.body_gen
    if kind == "generator":
        def call(func, this, args):
            env = instantiate(func, this, args, undefined)
            proto = func.get("prototype", func)
            if not isinstance(proto, JSObject):
                proto = realm.generator_prototype
            gen = JSGenerator(proto)
            gen.py_gen = body_gen(env)
            return gen
        code.call = call
    else:
        def call_async(func, this, args):
            driver = getattr(realm, "run_async_function", None)
            if driver is None:
                throw_error("SyntaxError", "async functions arrive with the event loop (issue 4)")
            return driver(code, func, this, args, instantiate, body_gen)
        code.call = call_async
    code.construct = None
    code.is_constructor = False


class GeneratorsMixin:
    """Generator-mode compilation: ``gen_<Type>`` for nodes containing yield/await."""

    def suspending(self, node):
        sp = self.fn.suspend_points if self.fn is not None else None
        return sp is not None and id(node) in sp

    def gstmt(self, node):
        """A generator function for a statement (lifted if it cannot suspend)."""
        if self.suspending(node):
            m = getattr(self, "gen_" + node["type"], None)
            if m is None:
                self.unsupported(node)
            return m(node)
        return lift(self.stmt(node))

    def gexpr(self, node):
        if self.suspending(node):
            m = getattr(self, "gen_" + node["type"], None)
            if m is None:
                self.unsupported(node)
            return m(node)
        return lift(self.expr(node))

    def unsupported(self, node):
        from ..parser import ParseError
        from . import syntax_error_from_parse
        raise syntax_error_from_parse(
            self.realm, ParseError(f"'yield'/'await' inside {node['type']} is not supported by gode yet",
                                   node["start"]), self.source)

    def gen_body(self, statements):
        """The body of a suspendable function as a generator function."""
        return self.gen_statements(statements)

    # -- statements ------------------------------------------------------------------------------

    def gen_statements(self, statements):
        parts = tuple((self.suspending(s), self.gstmt(s) if self.suspending(s) else self.stmt(s))
                      for s in statements)

        def run(env):
            for is_gen, f in parts:
                if is_gen:
                    r = yield from f(env)
                else:
                    r = f(env)
                if r is not None:
                    return r
            return None
        return run

    def gen_wrap_scope(self, node, statements, body_factory):
        prev, scope = self.enter_scope(node)
        if scope is None:
            return body_factory()
        try:
            tdz_slots, funcs = self.lexical_initializers(scope, statements)
            body = body_factory()
        finally:
            self.scope = prev
        make_closure = self.make_closure
        if scope.materialized:
            size = scope.nslots

            def enter(env):
                e = [undefined] * size
                e[0] = env
                for s in tdz_slots:
                    e[s] = TDZ
                for slot, code in funcs:
                    e[slot] = make_closure(code, e)
                return (yield from body(e))
            return enter

        def enter_merged(env):
            for s in tdz_slots:
                env[s] = TDZ
            for slot, code in funcs:
                env[slot] = make_closure(code, env)
            return (yield from body(env))
        return enter_merged

    def gen_BlockStatement(self, node):
        stmts = node["body"]
        return self.gen_wrap_scope(node, stmts, lambda: self.gen_statements(stmts))

    def gen_ExpressionStatement(self, node):
        f = self.gexpr(node["expression"])
        site = self.site(node)
        cell = self.completion_cell if self.track_completion else None

        def run(env):
            try:
                v = yield from f(env)
            except JSThrow as e:
                annotate(e, site)
                raise
            if cell is not None:
                cell[0] = v
            return None
        return run

    def gen_VariableDeclaration(self, node):
        kind = node["kind"]
        parts = []
        for d in node["declarations"]:
            target = d["id"]
            init = d.get("init")
            if init is None:
                if kind != "var" and target["type"] == "Identifier":
                    w = self.compile_write(self.ref(target), target, init=True)
                    parts.append((w, None))
                continue
            if target["type"] == "Identifier":
                w = self.compile_write(self.ref(target), target, init=(kind != "var"))
                if self.suspending(init):
                    value = self.gexpr(init)
                else:
                    value = lift(self.compile_named_expression(init, target["name"]))
            else:
                w = self.compile_binding_pattern(target, init=(kind != "var"))
                value = self.gexpr(init)
            parts.append((w, value))
        parts = tuple(parts)

        def declare(env):
            for w, value in parts:
                w(env, undefined if value is None else (yield from value(env)))
            return None
        return declare

    def gen_ReturnStatement(self, node):
        f = self.gexpr(node["argument"])
        def ret(env):
            v = yield from f(env)
            return (v,)
        return ret

    def gen_ThrowStatement(self, node):
        f = self.gexpr(node["argument"])
        site = self.site(node)

        def throw(env):
            v = yield from f(env)
            raise JSThrow(v, site)
        return throw

    def gen_IfStatement(self, node):
        test = self.gen_test(node["test"])
        cons = self.gstmt(node["consequent"])
        alt = self.gstmt(node["alternate"]) if node.get("alternate") is not None else None

        def if_(env):
            if (yield from test(env)):
                return (yield from cons(env))
            if alt is not None:
                return (yield from alt(env))
            return None
        return if_

    def gen_test(self, node):
        f = self.gexpr(node)

        def test(env):
            v = yield from f(env)
            return v is True or (v is not False and to_boolean(v))
        return test

    def _loop_result(self, r, brks, conts):
        """'break', 'continue' or 'return' for a body completion."""
        if r is BREAK or r in brks:
            return "break"
        if r is CONTINUE or r in conts:
            return "continue"
        return "return"

    def gen_WhileStatement(self, node, labels=()):
        test = self.gen_test(node["test"])
        body = self.gstmt(node["body"])
        brks, conts = self.loop_signals(labels)
        agent = self.agent

        def while_(env):
            while (yield from test(env)):
                r = yield from body(env)
                if r is not None:
                    if r is BREAK or r in brks:
                        break
                    if r is not CONTINUE and r not in conts:
                        return r
                agent.budget -= 1
                if agent.budget <= 0:
                    agent.check_limits()
            return None
        return while_

    def gen_DoWhileStatement(self, node, labels=()):
        test = self.gen_test(node["test"])
        body = self.gstmt(node["body"])
        brks, conts = self.loop_signals(labels)
        agent = self.agent

        def do_while(env):
            while True:
                r = yield from body(env)
                if r is not None:
                    if r is BREAK or r in brks:
                        break
                    if r is not CONTINUE and r not in conts:
                        return r
                agent.budget -= 1
                if agent.budget <= 0:
                    agent.check_limits()
                if not (yield from test(env)):
                    break
            return None
        return do_while

    def gen_ForStatement(self, node, labels=()):
        prev, scope = self.enter_scope(node)
        try:
            init_node = node.get("init")
            init = None
            if init_node is not None:
                init = self.gstmt(init_node) if init_node["type"] == "VariableDeclaration" \
                    else self.gexpr(init_node)
            test = self.gen_test(node["test"]) if node.get("test") is not None else None
            update = self.gexpr(node["update"]) if node.get("update") is not None else None
            body = self.gstmt(node["body"])
        finally:
            if scope is not None:
                self.scope = prev
        brks, conts = self.loop_signals(labels)
        agent = self.agent
        per_iteration = scope is not None and scope.materialized
        tdz = [b.slot for b in scope.bindings.values() if b.needs_tdz] if scope is not None else []

        def for_(env):
            if per_iteration:
                e = [undefined] * scope.nslots
                e[0] = env
                env = e
            for s in tdz:
                env[s] = TDZ
            if init is not None:
                yield from init(env)
            if per_iteration:
                env = env[:]
            while test is None or (yield from test(env)):
                r = yield from body(env)
                if r is not None:
                    if r is BREAK or r in brks:
                        break
                    if r is not CONTINUE and r not in conts:
                        return r
                if per_iteration:
                    env = env[:]
                if update is not None:
                    yield from update(env)
                agent.budget -= 1
                if agent.budget <= 0:
                    agent.check_limits()
            return None
        return for_

    def gen_ForInStatement(self, node, labels=()):
        head = self.gexpr(node["right"]) if self.suspending(node["right"]) \
            else lift(self.compile_loop_head(node))
        scope, bind = self.compile_for_binding(node)
        prev = self.scope
        if scope is not None:
            self.scope = scope
        try:
            body = self.gstmt(node["body"])
        finally:
            self.scope = prev
        brks, conts = self.loop_signals(labels)

        def for_in(env):
            obj = yield from head(env)
            if obj is undefined or obj is null:
                return None
            for key in for_in_keys(to_object(obj)):
                r = yield from body(bind(env, key))
                if r is not None:
                    if r is BREAK or r in brks:
                        break
                    if r is not CONTINUE and r not in conts:
                        return r
            return None
        return for_in

    def gen_ForOfStatement(self, node, labels=()):
        if node.get("await"):
            return self.gen_for_await(node, labels)
        head = self.gexpr(node["right"]) if self.suspending(node["right"]) \
            else lift(self.compile_loop_head(node))
        scope, bind = self.compile_for_binding(node)
        prev = self.scope
        if scope is not None:
            self.scope = scope
        try:
            body = self.gstmt(node["body"])
        finally:
            self.scope = prev
        brks, conts = self.loop_signals(labels)
        agent = self.agent

        def for_of(env):
            rec = get_iterator((yield from head(env)))
            while True:
                v = iterator_step_value(rec)
                if v is ABSENT:
                    return None
                try:
                    r = yield from body(bind(env, v))
                except JSThrow as e:
                    iterator_close(rec, e)
                    raise
                except GeneratorReturn:
                    iterator_close(rec)
                    raise
                if r is not None:
                    if r is BREAK or r in brks:
                        iterator_close(rec)
                        return None
                    if r is not CONTINUE and r not in conts:
                        iterator_close(rec)
                        return r
                agent.budget -= 1
                if agent.budget <= 0:
                    agent.check_limits()
        return for_of

    def gen_for_await(self, node, labels):
        self.not_yet(node, "for await arrives with async functions (issue 4)")

    def gen_LabeledStatement(self, node):
        labels = []
        n = node
        while n["type"] == "LabeledStatement":
            labels.append(n["label"]["name"])
            n = n["body"]
        fn = self.fn
        saved = {}
        signals = []
        for l in labels:
            saved[l] = fn.labels.get(l)
            sig = (Signal("break", l), Signal("continue", l))
            fn.labels[l] = sig
            signals.append(sig)
        try:
            t = n["type"]
            if t in ("WhileStatement", "DoWhileStatement", "ForStatement", "ForInStatement",
                     "ForOfStatement"):
                inner = getattr(self, "gen_" + t)(n, tuple(labels))
            else:
                inner = self.gstmt(n)
        finally:
            for l in labels:
                if saved[l] is None:
                    del fn.labels[l]
                else:
                    fn.labels[l] = saved[l]
        brks = tuple(s[0] for s in signals)

        def labeled(env):
            r = yield from inner(env)
            if r is not None and r in brks:
                return None
            return r
        return labeled

    def gen_TryStatement(self, node):
        block = self.gstmt(node["block"])
        handler = node.get("handler")
        finalizer = self.gstmt(node["finalizer"]) if node.get("finalizer") is not None else None
        catch = None
        if handler is not None:
            prev, scope = self.enter_scope(handler)
            try:
                param = handler.get("param")
                w = None
                if param is not None:
                    w = self.compile_write(self.ref(param), param, init=True) \
                        if param["type"] == "Identifier" else self.compile_binding_pattern(param, init=True)
                cbody = self.gstmt(handler["body"])
            finally:
                if scope is not None:
                    self.scope = prev
            size = scope.nslots if scope is not None and scope.materialized else 0

            def catch(env, value):
                if size:
                    e = [undefined] * size
                    e[0] = env
                    env = e
                if w is not None:
                    w(env, value)
                return (yield from cbody(env))

        def try_(env):
            try:
                try:
                    r = yield from block(env)
                except JSThrow as e:
                    if catch is None:
                        raise
                    r = yield from catch(env, e.value)
            except (JSThrow, GeneratorReturn):
                if finalizer is not None:
                    f = yield from finalizer(env)
                    if f is not None:
                        return f
                raise
            if finalizer is not None:
                f = yield from finalizer(env)
                if f is not None:
                    return f
            return r
        return try_

    def gen_SwitchStatement(self, node):
        disc = self.gexpr(node["discriminant"])
        stmts = [s for c in node["cases"] for s in c["consequent"]]

        def build():
            cases = []
            for c in node["cases"]:
                test = self.gexpr(c["test"]) if c.get("test") is not None else None
                cases.append((test, self.gen_statements(c["consequent"])))
            return tuple(cases)
        prev, scope = self.enter_scope(node)
        try:
            tdz_slots = []
            funcs = []
            if scope is not None:
                tdz_slots, funcs = self.lexical_initializers(scope, stmts)
            cases = build()
        finally:
            if scope is not None:
                self.scope = prev
        size = scope.nslots if scope is not None and scope.materialized else 0
        make_closure = self.make_closure

        def switch(env):
            value = yield from disc(env)
            if size:
                e = [undefined] * size
                e[0] = env
                env = e
            for s in tdz_slots:
                env[s] = TDZ
            for slot, code in funcs:
                env[slot] = make_closure(code, env)
            start = -1
            for i, (test, _) in enumerate(cases):
                if test is not None and is_strictly_equal(value, (yield from test(env))):
                    start = i
                    break
            if start < 0:
                for i, (test, _) in enumerate(cases):
                    if test is None:
                        start = i
                if start < 0:
                    return None
            for i in range(start, len(cases)):
                r = yield from cases[i][1](env)
                if r is not None:
                    if r is BREAK:
                        return None
                    return r
            return None
        return switch

    # -- expressions -------------------------------------------------------------------------------

    def gen_YieldExpression(self, node):
        arg_node = node.get("argument")
        arg = self.gexpr(arg_node) if arg_node is not None else None
        is_async = self.fn.is_async
        if node.get("delegate"):
            return self.gen_yield_star(arg, node)

        def yield_(env):
            v = undefined if arg is None else (yield from arg(env))
            if is_async:
                # In async generators, yield awaits its operand first.
                mode, v = yield (AWAIT, v)
                if mode == "throw":
                    raise JSThrow(v)
            mode, value = yield (YIELD, v)
            if mode == "next":
                return value
            if mode == "throw":
                raise JSThrow(value)
            if is_async:
                mode, value = yield (AWAIT, value)
                if mode == "throw":
                    raise JSThrow(value)
            raise GeneratorReturn(value)
        return yield_

    def gen_yield_star(self, arg, node):
        site = self.site(node)
        if self.fn.is_async:
            self.not_yet(node, "yield* in async generators arrives with issue 4")

        def yield_star(env):
            iterable = yield from arg(env)
            try:
                rec = get_iterator(iterable)
            except JSThrow as e:
                annotate(e, site)
                raise
            iterator = rec.iterator
            received = ("next", undefined)
            while True:
                mode, value = received
                if mode == "next":
                    result = call(rec.next_method, iterator, [value])
                elif mode == "throw":
                    throw_m = get_method(iterator, "throw")
                    if throw_m is undefined:
                        iterator_close(rec)
                        throw_type_error("The iterator does not provide a 'throw' method")
                    result = call(throw_m, iterator, [value])
                else:
                    ret = get_method(iterator, "return")
                    if ret is undefined:
                        raise GeneratorReturn(value)
                    result = call(ret, iterator, [value])
                if not isinstance(result, JSObject):
                    throw_type_error("iterator_result_not_object", to_string(result)
                                     if not isinstance(result, JSObject) else "object")
                if iterator_complete(result):
                    v = iterator_value(result)
                    if mode == "return":
                        raise GeneratorReturn(v)
                    return v
                received = yield (YIELD_RAW, result)
        return yield_star

    def gen_AwaitExpression(self, node):
        arg = self.gexpr(node["argument"])

        def await_(env):
            v = yield from arg(env)
            mode, value = yield (AWAIT, v)
            if mode == "throw":
                raise JSThrow(value)
            return value
        return await_

    def gen_SequenceExpression(self, node):
        fns = tuple(self.gexpr(e) for e in node["expressions"])

        def seq(env):
            v = undefined
            for f in fns:
                v = yield from f(env)
            return v
        return seq

    def gen_ConditionalExpression(self, node):
        test = self.gen_test(node["test"])
        cons = self.gexpr(node["consequent"])
        alt = self.gexpr(node["alternate"])

        def cond(env):
            if (yield from test(env)):
                return (yield from cons(env))
            return (yield from alt(env))
        return cond

    def gen_LogicalExpression(self, node):
        op = node["operator"]
        left = self.gexpr(node["left"])
        right = self.gexpr(node["right"])

        def logical(env):
            v = yield from left(env)
            if op == "&&":
                if not to_boolean(v):
                    return v
            elif op == "||":
                if to_boolean(v):
                    return v
            elif not (v is undefined or v is null):
                return v
            return (yield from right(env))
        return logical

    def gen_BinaryExpression(self, node):
        if node["left"]["type"] == "PrivateIdentifier":
            return lift(self.compile_private_in(node)) if not self.suspending(node["right"]) \
                else self.unsupported(node)
        left = self.gexpr(node["left"])
        right = self.gexpr(node["right"])
        op_fn = self.binary_operator(node["operator"], lambda e: e[0], lambda e: e[1])
        site = self.site(node)

        def binary(env):
            a = yield from left(env)
            b = yield from right(env)
            try:
                return op_fn((a, b))
            except JSThrow as e:
                annotate(e, site)
                raise
        return binary

    def gen_UnaryExpression(self, node):
        apply = UNARY_OPERATIONS.get(node["operator"])
        if apply is None:
            self.unsupported(node)  # delete of a yield
        arg = self.gexpr(node["argument"])

        def unary(env):
            v = yield from arg(env)
            return apply(v)
        return unary

    def compile_YieldExpression(self, node):
        # Reached only where generator mode does not reach yet (a yield
        # inside a destructuring default, a class body...): a clear error.
        self.not_yet(node, "'yield' in this position is not supported by gode yet")

    def compile_AwaitExpression(self, node):
        self.not_yet(node, "await arrives with async functions (issue 4)")

    def gen_TemplateLiteral(self, node):
        quasis = [q["value"]["cooked"] for q in node["quasis"]]
        exprs = tuple(self.gexpr(e) for e in node["expressions"])

        def template(env):
            out = [quasis[0]]
            for i, e in enumerate(exprs):
                out.append(to_string((yield from e(env))))
                out.append(quasis[i + 1])
            return "".join(out)
        return template

    def gen_arguments(self, args):
        parts = []
        for a in args:
            if a["type"] == "SpreadElement":
                parts.append((True, self.gexpr(a["argument"])))
            else:
                parts.append((False, self.gexpr(a)))
        parts = tuple(parts)

        def arguments(env):
            out = []
            for spread, f in parts:
                v = yield from f(env)
                if spread:
                    out.extend(iterate_to_list(v))
                else:
                    out.append(v)
            return out
        return arguments

    def gen_ArrayExpression(self, node):
        realm = self.realm
        parts = []
        for e in node["elements"]:
            if e is None:
                parts.append(None)
            elif e["type"] == "SpreadElement":
                parts.append((True, self.gexpr(e["argument"])))
            else:
                parts.append((False, self.gexpr(e)))
        parts = tuple(parts)

        def array(env):
            out = []
            for p in parts:
                if p is None:
                    out.append(HOLE)
                    continue
                v = yield from p[1](env)
                if p[0]:
                    out.extend(iterate_to_list(v))
                else:
                    out.append(v)
            return JSArray(realm.array_prototype, out)
        return array

    def gen_ObjectExpression(self, node):
        realm = self.realm
        parts = []
        for p in node["properties"]:
            if p["type"] == "SpreadElement":
                parts.append(("spread", None, self.gexpr(p["argument"])))
                continue
            if p["kind"] != "init" or p.get("method"):
                self.unsupported(node)
            if p.get("computed"):
                key = self.gexpr(p["key"])
            else:
                key_static, _ = self.property_key(p)
                key = None
            v = p["value"]
            value = self.gexpr(v) if self.suspending(v) else lift(
                self.compile_named_expression(v, key_static) if key is None else self.expr(v))
            parts.append(("init", key_static if key is None else key, value) if key is None
                         else ("computed", key, value))
        parts = tuple(parts)
        from .patterns import copy_data_properties

        def obj(env):
            o = JSObject(realm.object_prototype)
            for what, key, value in parts:
                if what == "spread":
                    copy_data_properties(o, (yield from value(env)), ())
                    continue
                if what == "computed":
                    k = to_property_key((yield from key(env)))
                else:
                    k = key
                o.create_data_property(k, (yield from value(env)))
            return o
        return obj

    def gen_MemberExpression(self, node):
        if node["object"]["type"] == "Super" or node["property"]["type"] == "PrivateIdentifier":
            self.unsupported(node)
        obj = self.gexpr(node["object"])
        key, key_fn = self.member_key(node)
        kgen = self.gexpr(node["property"]) if key_fn is not None else None
        site = self.site(node, node["property"]["start"])
        from .expressions import get_element, read_member

        def member(env):
            o = yield from obj(env)
            try:
                if kgen is None:
                    return read_member(o, key) if o is not undefined and o is not null \
                        else get_element(o, key)
                k = yield from kgen(env)
                return get_element(o, k)
            except JSThrow as e:
                annotate(e, site)
                raise
        return member

    def gen_CallExpression(self, node):
        callee = node["callee"]
        if callee["type"] == "Super":
            self.unsupported(node)
        args = self.gen_arguments(node["arguments"])
        site = self.site(node)
        from .expressions import render_callee, get_element, read_member
        invoke = self.make_invoker(site, render_callee(callee, self.source))
        if callee["type"] == "MemberExpression" and callee["object"]["type"] != "Super" \
                and callee["property"]["type"] != "PrivateIdentifier":
            obj = self.gexpr(callee["object"])
            key, key_fn = self.member_key(callee)
            kgen = self.gexpr(callee["property"]) if key_fn is not None else None

            def method_call(env):
                o = yield from obj(env)
                try:
                    if kgen is None:
                        f = read_member(o, key) if o is not undefined and o is not null \
                            else get_element(o, key)
                    else:
                        f = get_element(o, (yield from kgen(env)))
                except JSThrow as e:
                    annotate(e, site)
                    raise
                a = yield from args(env)
                return invoke(f, o, a)
            return method_call
        if self.suspending(callee):
            fgen = self.gexpr(callee)

            def call_gen_callee(env):
                f = yield from fgen(env)
                a = yield from args(env)
                return invoke(f, undefined, a)
            return call_gen_callee
        _, callee_fn = self.compile_callee(callee)

        def call(env):
            this, f = callee_fn(env)
            a = yield from args(env)
            return invoke(f, this, a)
        return call

    def gen_NewExpression(self, node):
        callee = self.gexpr(node["callee"])
        args = self.gen_arguments(node["arguments"])
        site = self.site(node)
        from .expressions import render_callee
        text = render_callee(node["callee"], self.source)
        stack = self.agent.call_stack

        def new(env):
            c = yield from callee(env)
            a = yield from args(env)
            try:
                if not getattr(c, "is_constructor", False):
                    throw_type_error("not_constructor", text)
                stack.append((site, c, NEW))
                try:
                    return c.construct(a, c)
                finally:
                    stack.pop()
            except JSThrow as e:
                annotate(e, site)
                raise
        return new

    def gen_AssignmentExpression(self, node):
        op = node["operator"]
        target = node["left"]
        t = target["type"]
        right_node = node["right"]
        if op == "=":
            if t == "Identifier":
                value = self.gexpr(right_node) if self.suspending(right_node) else \
                    lift(self.compile_named_expression(right_node, target["name"]))
                write = self.compile_write(self.ref(target), target)

                def assign(env):
                    v = yield from value(env)
                    write(env, v)
                    return v
                return assign
            if t == "MemberExpression" and target["object"]["type"] != "Super" \
                    and target["property"]["type"] != "PrivateIdentifier":
                strict = self.scope.strict
                obj = self.gexpr(target["object"])
                key, key_fn = self.member_key(target)
                kgen = self.gexpr(target["property"]) if key_fn is not None else None
                value = self.gexpr(right_node)
                from .expressions import set_element, write_member_checked

                def assign_member(env):
                    o = yield from obj(env)
                    k = key if kgen is None else (yield from kgen(env))
                    v = yield from value(env)
                    if kgen is None:
                        write_member_checked(o, k, v, strict)
                    else:
                        set_element(o, k, v, strict)
                    return v
                return assign_member
            write = self.compile_assign_target(target)
            value = self.gexpr(right_node)

            def assign_pattern(env):
                v = yield from value(env)
                write(env, v)
                return v
            return assign_pattern
        if op in ("&&=", "||=", "??="):
            if t != "Identifier":
                self.unsupported(node)
            ref = self.ref(target)
            read = self.compile_read(ref, target)
            write = self.compile_write(ref, target)
            value = self.gexpr(right_node)

            def logical_assign(env):
                cur = read(env)
                if op == "&&=" and not to_boolean(cur):
                    return cur
                if op == "||=" and to_boolean(cur):
                    return cur
                if op == "??=" and not (cur is undefined or cur is null):
                    return cur
                v = yield from value(env)
                write(env, v)
                return v
            return logical_assign
        combine = self.binary_operator(op[:-1], lambda e: e[0], lambda e: e[1])
        right = self.gexpr(right_node)
        if t == "Identifier":
            ref = self.ref(target)
            read = self.compile_read(ref, target)
            write = self.compile_write(ref, target)

            def compound(env):
                a = read(env)
                b = yield from right(env)
                v = combine((a, b))
                write(env, v)
                return v
            return compound
        get, put = self.compile_reference(target)

        def compound_member(env):
            r = get(env)
            b = yield from right(env)
            v = combine((r[2], b))
            put(env, r, v)
            return v
        return compound_member

    def gen_ChainExpression(self, node):
        inner = self.gexpr(node["expression"])
        from .expressions import ShortCircuit

        def chain(env):
            try:
                return (yield from inner(env))
            except ShortCircuit:
                return undefined
        return chain

    def gen_SpreadElement(self, node):
        self.unsupported(node)
