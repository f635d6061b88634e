"""compile_<Statement> for every ESTree statement type.

https://tc39.es/ecma262/#sec-ecmascript-language-statements-and-declarations
"""

from ..runtime.values import undefined, null, TDZ, ABSENT, HOLE
from ..runtime.objects import JSObject, JSArray
from ..runtime.errors import JSThrow, throw_type_error
from ..runtime.agent import LimitExceeded
from ..runtime.type_conversion import to_boolean, to_object
from ..runtime.object_operations import (get_iterator, iterator_step_value, iterator_close,
                                         IteratorRecord)
from ..runtime.operators import is_strictly_equal
from .core import BREAK, CONTINUE, Signal, annotate
from .expressions import render_callee

#: Node types whose compiled closure always returns a Python bool.
BOOLEAN_OPERATORS = frozenset(("==", "!=", "===", "!==", "<", ">", "<=", ">=", "instanceof", "in"))


def run_sequence(fns):
    """One closure running statement closures in order, stopping at a
    completion.  Fast path: an expression statement compiled outside
    completion tracking carries its expression as ``.expression``, which is
    called directly (its value is not a completion), saving a call layer.
    A JSThrow without a position gets the site of the statement that was
    running (the loop variable still names it in the handler)."""
    steps = tuple((getattr(f, "expression", None), f, getattr(f, "site", None)) for f in fns)
    n = len(steps)
    if n == 0:
        return lambda env: None
    if n == 1:
        return fns[0]

    def run(env):
        try:
            for e, f, site in steps:
                if e is not None:
                    e(env)
                else:
                    r = f(env)
                    if r is not None:
                        return r
        except JSThrow as ex:
            if ex.pos is None and site is not None:
                annotate(ex, site)
            raise
        return None
    return run


def for_in_keys(obj):
    """EnumerateObjectProperties (https://tc39.es/ecma262/#sec-enumerate-object-properties):
    own enumerable string keys in order, then the prototype's, skipping
    shadowed names and properties deleted before they are reached."""
    visited = set()
    o = obj
    while o is not None:
        keys = [k for k in o.own_property_keys() if type(k) is str]
        for k in keys:
            if k in visited:
                continue
            desc = o.get_own_property(k)
            if desc is None:
                continue  # deleted during iteration
            visited.add(k)
            if desc.enumerable:
                yield k
        o = o.get_prototype_of()


class StatementsMixin:

    # -- helpers -------------------------------------------------------------------------

    def compile_test(self, node):
        """A closure returning a Python bool for a condition."""
        t = node["type"]
        f = self.expr(node)
        if (t == "BinaryExpression" and node["operator"] in BOOLEAN_OPERATORS) or \
                (t == "UnaryExpression" and node["operator"] == "!"):
            return f

        def test(env):
            v = f(env)
            if v is True:
                return True
            if v is False:
                return False
            return to_boolean(v)
        return test

    def compile_statements(self, statements):
        return run_sequence([self.stmt(s) for s in statements])

    def with_completion_reset(self, run):
        """In script/eval code, statements whose completion is
        UpdateEmpty(result, undefined) (core.COMPLETION_RESET: if, loops,
        switch, with; try handles its own) start by making the completion value
        undefined."""
        if not self.track_completion:
            return run
        cell = self.completion_cell

        def reset(env, *extra):
            cell[0] = undefined
            return run(env, *extra)
        return reset

    def compile_block_scope(self, node, statements, body_fn_factory):
        """Wrap a statement list in its block scope (if it has one): fresh
        environment when materialized, else TDZ reset of its slots; block
        function declarations are instantiated on entry."""
        prev, scope = self.enter_scope(node)
        if scope is None:
            return body_fn_factory()
        try:
            inits = self.lexical_initializers(scope, statements)
            body = body_fn_factory()
        finally:
            self.scope = prev
        return self.wrap_scope_entry(scope, inits, body)

    def lexical_initializers(self, scope, statements):
        """(slots to set to TDZ, [(slot, FunctionCode)] block functions)."""
        tdz_slots = [b.slot for b in scope.bindings.values()
                     if b.needs_tdz and b.slot is not None]
        funcs = []
        for s in statements:
            if s["type"] == "FunctionDeclaration":
                b = scope.bindings.get(s["id"]["name"])
                if b is not None and b.kind == "block_function":
                    funcs.append((b.slot, self.function_code(s)))
        return tdz_slots, funcs

    def wrap_scope_entry(self, scope, inits, body):
        tdz_slots, funcs = inits
        realm = self.realm
        make_closure = self.make_closure
        if scope.materialized:
            size = scope.nslots
            template = [undefined] * size
            for slot in tdz_slots:
                template[slot] = TDZ

            def enter(env):
                e = template[:]
                e[0] = env
                for slot, code in funcs:
                    e[slot] = make_closure(code, e)
                return body(e)
            return enter
        if not tdz_slots and not funcs:
            return body

        def enter_merged(env):
            for slot in tdz_slots:
                env[slot] = TDZ
            for slot, code in funcs:
                env[slot] = make_closure(code, env)
            return body(env)
        return enter_merged

    # -- simple statements ------------------------------------------------------------------

    def compile_EmptyStatement(self, node):
        return lambda env: None

    compile_DebuggerStatement = compile_EmptyStatement

    def compile_ExpressionStatement(self, node):
        f = self.expr(node["expression"])
        site = self.site(node)
        if self.track_completion:
            cell = self.completion_cell

            def run_tracked(env):
                try:
                    cell[0] = f(env)
                except JSThrow as e:
                    annotate(e, site)
                    raise
            return run_tracked

        def run(env):
            try:
                f(env)
            except JSThrow as e:
                annotate(e, site)
                raise
        run.expression = f
        return run

    def compile_BlockStatement(self, node):
        stmts = node["body"]
        return self.compile_block_scope(node, stmts, lambda: self.compile_statements(stmts))

    def compile_StaticBlock(self, node):
        return self.compile_BlockStatement(node)

    def compile_ReturnStatement(self, node):
        arg = node.get("argument")
        if arg is None:
            r = (undefined,)
            return lambda env: r
        f = self.expr(arg)
        return lambda env: (f(env),)

    def compile_ThrowStatement(self, node):
        f = self.expr(node["argument"])
        site = self.site(node)

        def throw(env):
            raise JSThrow(f(env), site)
        return throw

    def compile_IfStatement(self, node):
        test = self.compile_test(node["test"])
        cons = self.stmt(self.resolver.if_body(node["consequent"]))
        alt_node = node.get("alternate")
        if alt_node is not None:
            alt_node = self.resolver.if_body(alt_node)
        if alt_node is None:
            def if_(env):
                if test(env):
                    return cons(env)
                return None
            return if_
        alt = self.stmt(alt_node)

        def if_else(env):
            if test(env):
                return cons(env)
            return alt(env)
        return if_else

    # -- declarations ------------------------------------------------------------------------

    def compile_VariableDeclaration(self, node):
        kind = node["kind"]
        parts = []
        for d in node["declarations"]:
            target = d["id"]
            init = d.get("init")
            if target["type"] == "Identifier":
                ref = self.ref(target)
                if init is None:
                    if kind == "var":
                        continue
                    w = self.compile_write(ref, target, init=True)
                    parts.append(lambda env, w=w: w(env, undefined))
                    continue
                value = self.compile_named_expression(init, target["name"])
                w = self.compile_write(ref, target, init=(kind != "var"))

                def assign(env, w=w, value=value):
                    w(env, value(env))
                parts.append(assign)
            else:
                value = self.expr(init)
                bind = self.compile_binding_pattern(target, init=(kind != "var"),
                                                    source=render_callee(init, self.source))
                site = self.site(d)

                def destructure(env, bind=bind, value=value, site=site):
                    try:
                        bind(env, value(env))
                    except JSThrow as e:
                        annotate(e, site)
                        raise
                parts.append(destructure)
        if not parts:
            return lambda env: None
        if len(parts) == 1:
            p = parts[0]

            def one(env):
                p(env)
            return one
        parts = tuple(parts)

        def many(env):
            for p in parts:
                p(env)
        return many

    def compile_FunctionDeclaration(self, node):
        """Hoisted: nothing happens where it stands, except Annex B's copy of
        a block function into its var binding."""
        scope = self.scope
        b = scope.bindings.get(node["id"]["name"])
        if b is not None and b.kind == "block_function" and b.annex_b_var is not None:
            read = self.compile_read(self.ref(node["id"]), node["id"])
            var_b = b.annex_b_var
            var_ref = self.resolver._make_ref(scope, b.name, var_b, None)
            write = self.compile_write(var_ref, node, strict=False, init=True)

            def annex_b(env):
                write(env, read(env))
            return annex_b
        return lambda env: None

    def compile_ClassDeclaration(self, node):
        cls = self.compile_class(node)
        w = self.compile_write(self.ref(node["id"]), node["id"], init=True)

        def declare(env):
            w(env, cls(env))
        return declare

    # -- loops ------------------------------------------------------------------------------------

    def loop_signals(self, labels):
        """(break signals, continue signals) a loop with ``labels`` answers."""
        brk = tuple(self.fn.labels[l][0] for l in labels)
        cont = tuple(self.fn.labels[l][1] for l in labels)
        return brk, cont

    def compile_WhileStatement(self, node, labels=()):
        test = self.compile_test(node["test"])
        body = self.stmt(node["body"])
        brks, conts = self.loop_signals(labels)
        agent = self.agent

        def while_(env):
            while test(env):
                r = body(env)
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

    def compile_DoWhileStatement(self, node, labels=()):
        test = self.compile_test(node["test"])
        body = self.stmt(node["body"])
        brks, conts = self.loop_signals(labels)
        agent = self.agent

        def do_while(env):
            while True:
                r = body(env)
                if r is not None:
                    if r is BREAK or r in brks:
                        break
                    if r is not CONTINUE and r not in conts:
                        return r
                agent.budget -= 1
                if agent.budget <= 0:
                    agent.check_limits()
                if not test(env):
                    break
            return None
        return do_while

    def compile_ForStatement(self, node, labels=()):
        prev, scope = self.enter_scope(node)
        try:
            init_node = node.get("init")
            if init_node is None:
                init = None
            elif init_node["type"] == "VariableDeclaration":
                init = self.stmt(init_node)
            else:
                e = self.expr(init_node)
                init = e
            test = self.compile_test(node["test"]) if node.get("test") is not None else None
            update = self.expr(node["update"]) if node.get("update") is not None else None
            body = self.stmt(node["body"])
        finally:
            if scope is not None:
                self.scope = prev
        brks, conts = self.loop_signals(labels)
        agent = self.agent
        per_iteration = scope is not None and scope.materialized

        def for_(env):
            if per_iteration:
                e = [undefined] * scope.nslots
                e[0] = env
                for b in scope.bindings.values():
                    if b.needs_tdz:
                        e[b.slot] = TDZ
                env = e
            elif scope is not None:
                for b in scope.bindings.values():
                    if b.needs_tdz:
                        env[b.slot] = TDZ
            if init is not None:
                init(env)
            if per_iteration:
                env = env[:]
            while test is None or test(env):
                r = body(env)
                if r is not None:
                    if r is BREAK or r in brks:
                        break
                    if r is not CONTINUE and r not in conts:
                        return r
                if per_iteration:
                    env = env[:]
                if update is not None:
                    update(env)
                agent.budget -= 1
                if agent.budget <= 0:
                    agent.check_limits()
            return None
        return for_

    def compile_for_binding(self, node):
        """For for-in/of: (loop scope or None, bind(env, value) -> env to run the body in)."""
        left = node["left"]
        scope = self.scope_of(node) if left["type"] == "VariableDeclaration" and left["kind"] != "var" else None
        if scope is not None:
            prev = self.scope
            self.scope = scope
            try:
                target = left["declarations"][0]["id"]
                if target["type"] == "Identifier":
                    w = self.compile_write(self.ref(target), target, init=True)
                    bind_value = w
                else:
                    bind_value = self.compile_binding_pattern(target, init=True)
            finally:
                self.scope = prev
            if scope.materialized:
                size = scope.nslots
                template = [TDZ] * size

                def bind(env, value):
                    e = template[:]
                    e[0] = env
                    bind_value(e, value)
                    return e
            else:
                def bind(env, value):
                    bind_value(env, value)
                    return env
            return scope, bind
        if left["type"] == "VariableDeclaration":
            target = left["declarations"][0]["id"]
        else:
            target = left
        if target["type"] == "Identifier":
            w = self.compile_write(self.ref(target), target)
        elif target["type"] in ("ObjectPattern", "ArrayPattern"):
            w = self.compile_binding_pattern(target, init=False) if left["type"] == "VariableDeclaration" \
                else self.compile_assignment_pattern(target)
        else:
            w = self.compile_assign_target(target)

        def bind_plain(env, value):
            w(env, value)
            return env
        return scope, bind_plain

    def compile_loop_head(self, node):
        """The for-in/of head expression, evaluated in its TDZ scope if any."""
        right = node["right"]
        prev, scope = self.enter_scope(right)
        try:
            f = self.expr(right)
        finally:
            if scope is not None:
                self.scope = prev
        if scope is None:
            return f
        if scope.materialized:
            size = scope.nslots

            def head(env):
                e = [TDZ] * size
                e[0] = env
                return f(e)
            return head
        slots = tuple(b.slot for b in scope.bindings.values())

        def head_merged(env):
            for s in slots:
                env[s] = TDZ
            return f(env)
        return head_merged

    def compile_ForInStatement(self, node, labels=()):
        head = self.compile_loop_head(node)
        scope, bind = self.compile_for_binding(node)
        prev = self.scope
        if scope is not None:
            self.scope = scope
        try:
            body = self.stmt(node["body"])
        finally:
            self.scope = prev
        brks, conts = self.loop_signals(labels)
        agent = self.agent

        def for_in(env):
            obj = head(env)
            if obj is undefined or obj is null:
                return None
            o = to_object(obj)
            for key in for_in_keys(o):
                e = bind(env, key)
                r = body(e)
                if r is not None:
                    if r is BREAK or r in brks:
                        break
                    if r is not CONTINUE and r not in conts:
                        return r
                agent.budget -= 1
                if agent.budget <= 0:
                    agent.check_limits()
            return None
        return for_in

    def compile_ForOfStatement(self, node, labels=()):
        if node.get("await"):
            return self.compile_for_await(node, labels)
        head = self.compile_loop_head(node)
        scope, bind = self.compile_for_binding(node)
        prev = self.scope
        if scope is not None:
            self.scope = scope
        try:
            body = self.stmt(node["body"])
        finally:
            self.scope = prev
        brks, conts = self.loop_signals(labels)
        agent = self.agent
        realm = self.realm
        site = self.site(node["right"])
        what = render_callee(node["right"], self.source)

        def for_of(env):
            iterable = head(env)
            if type(iterable) is JSArray and iterable.elements is not None \
                    and realm.array_iteration_is_pristine(iterable):
                # Fast path: the original array iterator has no return(), so
                # walking the live element list is indistinguishable.
                i = 0
                while True:
                    els = iterable.elements
                    if els is not None:
                        if i >= len(els):
                            break
                        v = els[i]
                        if v is HOLE:
                            v = iterable.get_index(i)
                    else:
                        if i >= iterable.get_length():
                            break
                        v = iterable.get_index(i)
                    i += 1
                    r = body(bind(env, v))
                    if r is not None:
                        if r is BREAK or r in brks:
                            break
                        if r is not CONTINUE and r not in conts:
                            return r
                    agent.budget -= 1
                    if agent.budget <= 0:
                        agent.check_limits()
                return None
            try:
                rec = get_iterator(iterable, "sync", what)
            except JSThrow as e:
                annotate(e, site)
                raise
            while True:
                v = iterator_step_value(rec)
                if v is ABSENT:
                    return None
                try:
                    r = body(bind(env, v))
                except JSThrow as e:
                    iterator_close(rec, e)
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

    def compile_for_await(self, node, labels):
        self.not_yet(node, "for await arrives with async functions (issue 4)")

    # -- labels, break, continue ------------------------------------------------------------------

    def compile_LabeledStatement(self, node):
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
                inner = self.with_completion_reset(getattr(self, "compile_" + t)(n, tuple(labels)))
            else:
                inner = self.stmt(n)
        finally:
            for l in labels:
                if saved[l] is None:
                    del fn.labels[l]
                else:
                    fn.labels[l] = saved[l]
        brks = tuple(s[0] for s in signals)

        def labeled(env):
            r = inner(env)
            if r is not None and r in brks:
                return None
            return r
        return labeled

    def compile_BreakStatement(self, node):
        label = node.get("label")
        sig = BREAK if label is None else self.fn.labels[label["name"]][0]
        return lambda env: sig

    def compile_ContinueStatement(self, node):
        label = node.get("label")
        sig = CONTINUE if label is None else self.fn.labels[label["name"]][1]
        return lambda env: sig

    # -- switch ------------------------------------------------------------------------------------

    def compile_SwitchStatement(self, node):
        disc = self.expr(node["discriminant"])
        stmts = [s for c in node["cases"] for s in c["consequent"]]
        # The discriminant is evaluated outside the case block's scope.
        prev, scope = self.enter_scope(node)
        try:
            inits = self.lexical_initializers(scope, stmts) if scope is not None else None
            cases = []
            default_index = -1
            for i, c in enumerate(node["cases"]):
                test = c.get("test")
                if test is None:
                    default_index = i
                cases.append((None if test is None else self.expr(test),
                              self.compile_statements(c["consequent"])))
        finally:
            if scope is not None:
                self.scope = prev
        cases = tuple(cases)
        bodies = tuple(body for _, body in cases)
        n = len(cases)
        # Fast path: when every case is a string or number literal, find the
        # first match with one dict look-up (first occurrence wins, as the
        # linear search would; booleans are left out: True == 1.0 in Python).
        literal = all(c.get("test") is None or (c["test"]["type"] == "Literal"
                      and type(c["test"].get("value")) in (str, int, float)
                      and c["test"].get("bigint") is None and c["test"].get("regex") is None)
                      for c in node["cases"])
        table = None
        if literal:
            table = {}
            for i, c in enumerate(node["cases"]):
                if c.get("test") is not None:
                    v = c["test"]["value"]
                    table.setdefault(float(v) if type(v) is int else v, i)

        def select(env, value):
            if table is not None:
                if type(value) is float or type(value) is str:
                    return table.get(value, default_index)
                return default_index
            for i in range(n):
                test = cases[i][0]
                if test is not None and is_strictly_equal(value, test(env)):
                    return i
            return default_index

        def run_from(env, start):
            if start < 0:
                return None
            for i in range(start, n):
                r = bodies[i](env)
                if r is not None:
                    if r is BREAK:
                        return None
                    return r
            return None

        if scope is None:
            def switch(env):
                return run_from(env, select(env, disc(env)))
            return switch
        tdz_slots, funcs = inits
        make_closure = self.make_closure
        size = scope.nslots if scope.materialized else 0

        def switch_scoped(env):
            value = disc(env)
            if size:
                e = [undefined] * size
                e[0] = env
                env = e
            for slot in tdz_slots:
                env[slot] = TDZ
            for slot, code in funcs:
                env[slot] = make_closure(code, env)
            return run_from(env, select(env, value))
        return switch_scoped

    # -- try -------------------------------------------------------------------------------------------

    def compile_TryStatement(self, node):
        block = self.stmt(node["block"])
        handler = node.get("handler")
        finalizer = self.stmt(node["finalizer"]) if node.get("finalizer") is not None else None
        catch = self.compile_catch(handler) if handler is not None else None

        if finalizer is None:
            cell = self.completion_cell if self.track_completion else None

            def try_catch(env):
                if cell is not None:
                    cell[0] = undefined
                try:
                    return block(env)
                except JSThrow as e:
                    return catch(env, e.value)
                except RecursionError:
                    return catch(env, self.stack_overflow_error())
            return try_catch

        cell = self.completion_cell if self.track_completion else None

        def try_finally(env):
            if cell is not None:
                cell[0] = undefined
            try:
                if catch is None:
                    r = block(env)
                else:
                    try:
                        r = block(env)
                    except JSThrow as e:
                        r = catch(env, e.value)
                    except RecursionError:
                        r = catch(env, self.stack_overflow_error())
            except JSThrow:
                f = finalizer(env)
                if f is not None:
                    return f  # an abrupt finally overrides the throw
                raise
            saved = cell[0] if cell is not None else None
            f = finalizer(env)
            if f is not None:
                return f
            if cell is not None:
                cell[0] = saved  # a normal finally does not change the value
            return r
        return try_finally

    def stack_overflow_error(self):
        return self.realm.new_error("RangeError", "Maximum call stack size exceeded")

    def compile_catch(self, handler):
        param = handler.get("param")
        prev, scope = self.enter_scope(handler)
        try:
            if param is None:
                body = self.stmt(handler["body"])
                return lambda env, value: body(env)
            if param["type"] == "Identifier":
                w = self.compile_write(self.ref(param), param, init=True)
            else:
                w = self.compile_binding_pattern(param, init=True)
            body = self.stmt(handler["body"])
        finally:
            if scope is not None:
                self.scope = prev
        if scope is not None and scope.materialized:
            size = scope.nslots

            def catch_env(env, value):
                e = [undefined] * size
                e[0] = env
                w(e, value)
                return body(e)
            return catch_env

        def catch(env, value):
            w(env, value)
            return body(env)
        return catch

    # -- with -------------------------------------------------------------------------------------------

    def compile_WithStatement(self, node):
        obj = self.expr(node["object"])
        prev, scope = self.enter_scope(node)
        try:
            body = self.stmt(node["body"])
        finally:
            self.scope = prev
        slot = scope.with_binding.slot
        site = self.site(node["object"])
        if scope.materialized:
            size = scope.nslots

            def with_env(env):
                try:
                    o = to_object(obj(env))
                except JSThrow as e:
                    annotate(e, site)
                    raise
                e = [undefined] * size
                e[0] = env
                e[slot] = o
                return body(e)
            return with_env

        def with_(env):
            try:
                o = to_object(obj(env))
            except JSThrow as e:
                annotate(e, site)
                raise
            saved = env[slot]
            env[slot] = o
            try:
                return body(env)
            finally:
                env[slot] = saved
        return with_
