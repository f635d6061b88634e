"""compile_<Expression> for every ESTree expression type.

https://tc39.es/ecma262/#sec-ecmascript-language-expressions

Fast paths (commented as such) inline the float/float case of arithmetic and
comparisons and the dense-array case of element access; everything else goes
through the spec operations in runtime/operators.py.
"""

from ..runtime.values import undefined, null, TDZ, HOLE, JSSymbol, NAN
from ..runtime.objects import JSObject, JSArray, Prop
from ..runtime.function import JSFunction, ScriptFunction
from ..runtime.errors import (JSThrow, throw_type_error, throw_reference_error, throw_range_error,
                              throw_error)
from ..runtime.type_conversion import (to_boolean, to_number, to_numeric, to_string,
                                       to_property_key, to_object, number_to_string, to_primitive)
from ..runtime.object_operations import instance_of as instance_of_
from ..runtime.object_operations import (get_v, iterate_to_list,
                                         describe_object_for_error, key_to_display,
                                         throw_set_failure)
from ..runtime import operators as ops
from ..runtime.operators import (op_add, is_strictly_equal, is_loosely_equal, op_typeof, op_in,
                                 make_numeric_operator, js_div, js_mod)
from .core import annotate, with_has_binding, NEW


class ShortCircuit(Exception):
    """Raised inside an optional chain when ``?.`` meets null or undefined."""


SHORT_CIRCUIT = ShortCircuit()


def render_callee(node, source):
    """How V8 names an expression in 'x is not a function' messages."""
    t = node["type"]
    if t == "Identifier":
        return node["name"]
    if t == "ThisExpression":
        return "this"
    if t == "Super":
        return "super"
    if t == "Literal":
        if isinstance(node.get("value"), str):
            return '"' + node["value"] + '"'
        return node.get("raw", "(intermediate value)")
    if t == "TemplateLiteral" and not node["expressions"]:
        return '"' + (node["quasis"][0]["value"]["cooked"] or "") + '"'
    if t == "MemberExpression":
        obj = render_callee(node["object"], source) if node["object"]["type"] != "Super" \
            else "(intermediate value)"
        dot = "?." if node.get("optional") else "."
        prop = node["property"]
        if not node.get("computed"):
            name = prop["name"] if prop["type"] == "Identifier" else "#" + prop["name"]
            return obj + dot + name
        if prop["type"] == "Literal" and isinstance(prop.get("value"), str):
            return obj + dot + prop["value"]
        return obj + ("?.[" if node.get("optional") else "[") + render_callee(prop, source) + "]"
    if t == "CallExpression":
        callee = node["callee"]
        if callee["type"] in ("ArrowFunctionExpression", "FunctionExpression"):
            return "(intermediate value)(...)"
        return render_callee(callee, source) + "(...)"
    if t == "ChainExpression":
        return render_callee(node["expression"], source)
    if t in ("LogicalExpression", "BinaryExpression", "ConditionalExpression", "AssignmentExpression"):
        return "(" + source.slice(node["start"], node["end"]) + ")"
    return "(intermediate value)"


def is_anonymous_function_definition(node):
    t = node["type"]
    if t == "ArrowFunctionExpression":
        return True
    if t in ("FunctionExpression", "ClassExpression"):
        return node.get("id") is None
    return False


def read_member(o, key):
    """o[key] for a property key, any base value."""
    if isinstance(o, JSObject):
        return o.get(key, o)
    return get_v(o, key)


def write_member(o, key, value, strict):
    """PutValue for a property reference (https://tc39.es/ecma262/#sec-putvalue)."""
    if isinstance(o, JSObject):
        if not o.set(key, value, o) and strict:
            throw_set_failure(o, key)
        return
    if o is undefined or o is null:
        throw_type_error("set_prop_of", "undefined" if o is undefined else "null", key_to_display(key))
    wrapper = to_object(o)
    ok = wrapper.set(key, value, o)
    if not ok and strict:
        if type(o) is str and wrapper.get_own_property(key) is not None:
            throw_type_error("readonly_prop", key_to_display(key), f"string '{o}'")
        throw_type_error(f"Cannot create property '{key_to_display(key)}' on "
                         f"{op_typeof(o)} '{to_string(o) if type(o) is not JSSymbol else o.descriptive_string()}'")


def get_element(o, k):
    """o[k] with k any JS value.  Fast path: dense arrays and strings indexed
    by an integral float."""
    if type(k) is float:
        t = type(o)
        if t is JSArray:
            els = o.elements
            if els is not None and 0 <= k < len(els):
                i = int(k)
                if i == k:
                    v = els[i]
                    if v is not HOLE:
                        return v
        elif t is str:
            if 0 <= k < len(o):
                i = int(k)
                if i == k:
                    return o[i]
    if o is undefined or o is null:
        key = to_property_key(k)
        throw_type_error("read_prop_of", "undefined" if o is undefined else "null", key_to_display(key))
    key = to_property_key(k)
    if isinstance(o, JSObject):
        return o.get(key, o)
    return get_v(o, key)


def set_element(o, k, value, strict):
    """o[k] = value.  Fast path: writing an element or filling a hole of a
    dense array (when nothing on its prototype chain has that index)."""
    if type(k) is float and type(o) is JSArray:
        els = o.elements
        if els is not None and 0 <= k < len(els):
            i = int(k)
            if i == k:
                if els[i] is not HOLE:
                    els[i] = value
                    return
                if o.extensible and not o._proto_has_index(str(i)):
                    els[i] = value
                    return
    if o is undefined or o is null:
        key = to_property_key(k)
        throw_type_error("set_prop_of", "undefined" if o is undefined else "null", key_to_display(key))
    write_member(o, to_property_key(k), value, strict)


class ExpressionsMixin:

    def compile_named_expression(self, node, name):
        """NamedEvaluation: an anonymous function or class gets ``name``."""
        if is_anonymous_function_definition(node):
            if node["type"] == "ClassExpression":
                return self.compile_class(node, name=name)
            return self.compile_function_expression(node, name=name)
        return self.expr(node)

    # -- primary ----------------------------------------------------------------------------

    def compile_Identifier(self, node):
        name = node["name"]
        ref = self.ref(node)
        if ref.kind == "global" and name == "undefined":
            # The global 'undefined' is non-writable and non-configurable.
            return lambda env: undefined
        read = self.compile_read(ref, node)
        if (ref.kind == "local" and not ref.check_tdz) or ref.kind == "global":
            return read  # global reads place their own errors
        site = self.site(node)

        def read_annotated(env):
            try:
                return read(env)
            except JSThrow as e:
                annotate(e, site)
                raise
        return read_annotated

    def compile_Literal(self, node):
        if node.get("regex") is not None:
            return self.compile_regex_literal(node)
        if node.get("bigint") is not None:
            text = node["bigint"].replace("_", "")
            value = int(text, 0) if text[:2].lower() in ("0x", "0o", "0b") else int(text)
            return lambda env: value
        v = node["value"]
        if v is None:
            return lambda env: null
        if v is True or v is False:
            return (lambda env: True) if v else (lambda env: False)
        if type(v) is int or type(v) is float:
            f = float(v)
            return lambda env: f
        return lambda env: v

    def compile_regex_literal(self, node):
        pattern = node["regex"]["pattern"]
        flags = node["regex"]["flags"]
        realm = self.realm
        site = self.site(node)

        def regex(env):
            ctor = realm.intrinsics.get("%RegExp%")
            if ctor is None:
                throw_error("SyntaxError", "Regular expressions are not supported yet "
                            "(issue 3: RegExp)")
            try:
                return ctor.construct([pattern, flags], ctor)
            except JSThrow as e:
                annotate(e, site)
                raise
        return regex

    def compile_ThisExpression(self, node):
        ref = self.ref(node, "%this")
        if ref.kind == "global":
            if self.fn.kind == "module":
                return lambda env: undefined
            g = self.realm.global_object
            return lambda env: g
        read = self.compile_read(ref, node)
        if not ref.check_tdz:
            return read
        site = self.site(node)

        def this(env):
            try:
                return read(env)
            except JSThrow as e:
                annotate(e, site)
                raise
        return this

    def compile_MetaProperty(self, node):
        meta = node["meta"]["name"]
        if meta == "new":
            ref = self.ref(node, "%newtarget")
            if ref.kind == "global":
                return lambda env: undefined
            return self.compile_read(ref, node)
        if meta == "import":
            return self.compile_import_meta(node)
        raise NotImplementedError(meta)

    def compile_import_meta(self, node):
        self.not_yet(node, "import.meta is only valid in ES modules (issue 5)")

    def compile_TemplateLiteral(self, node):
        quasis = [q["value"]["cooked"] for q in node["quasis"]]
        exprs = [self.expr(e) for e in node["expressions"]]
        if not exprs:
            s = quasis[0]
            return lambda env: s
        parts = []
        for i, e in enumerate(exprs):
            parts.append((quasis[i], e))
        tail = quasis[-1]
        parts = tuple(parts)

        def template(env):
            out = []
            for q, e in parts:
                out.append(q)
                v = e(env)
                out.append(v if type(v) is str else to_string(v))
            out.append(tail)
            return "".join(out)
        return template

    def compile_TaggedTemplateExpression(self, node):
        quasi = node["quasi"]
        cooked = [q["value"]["cooked"] for q in quasi["quasis"]]
        raw = [q["value"]["raw"] for q in quasi["quasis"]]
        exprs = [self.expr(e) for e in quasi["expressions"]]
        realm = self.realm
        cache = []
        tag_node = node["tag"]
        this_fn, func_fn = self.compile_callee(tag_node)
        site = self.site(node)
        text = render_callee(tag_node, self.source)
        call_fn = self.make_invoker(site, text)

        def template_object():
            if cache:
                return cache[0]
            from ..runtime.objects import JSArray
            from ..runtime.object_operations import set_integrity_level
            raw_arr = JSArray(realm.array_prototype, list(raw))
            strings = JSArray(realm.array_prototype,
                              [undefined if c is None else c for c in cooked])
            strings.define_builtin("raw", raw_arr, False, False, False)
            set_integrity_level(raw_arr, "frozen")
            set_integrity_level(strings, "frozen")
            cache.append(strings)
            return strings

        def tagged(env):
            this, f = func_fn(env)
            args = [template_object()]
            for e in exprs:
                args.append(e(env))
            return call_fn(f, this, args)
        return tagged

    def compile_ArrayExpression(self, node):
        realm = self.realm
        items = []
        has_spread = False
        for e in node["elements"]:
            if e is None:
                items.append(None)
            elif e["type"] == "SpreadElement":
                has_spread = True
                items.append(("spread", self.expr(e["argument"]), self.site(e["argument"]),
                              render_callee(e["argument"], self.source)))
            else:
                items.append(self.expr(e))
        if not has_spread:
            fns = tuple(items)
            if None not in fns:
                n = len(fns)
                if n == 0:
                    return lambda env: JSArray(realm.array_prototype, [])
                return lambda env: JSArray(realm.array_prototype, [f(env) for f in fns])

            def array_with_holes(env):
                return JSArray(realm.array_prototype,
                               [HOLE if f is None else f(env) for f in fns])
            return array_with_holes
        items = tuple(items)

        def array_spread(env):
            out = []
            for it in items:
                if it is None:
                    out.append(HOLE)
                elif type(it) is tuple:
                    try:
                        out.extend(iterate_to_list(it[1](env), it[3]))
                    except JSThrow as e:
                        annotate(e, it[2])
                        raise
                else:
                    out.append(it(env))
            return JSArray(realm.array_prototype, out)
        return array_spread

    def compile_ObjectExpression(self, node):
        return self.compile_object_literal(node)

    def compile_SequenceExpression(self, node):
        fns = [self.expr(e) for e in node["expressions"]]
        *init, last = fns
        init = tuple(init)

        def seq(env):
            for f in init:
                f(env)
            return last(env)
        return seq

    def compile_ConditionalExpression(self, node):
        test = self.compile_test(node["test"])
        cons = self.expr(node["consequent"])
        alt = self.expr(node["alternate"])
        return lambda env: cons(env) if test(env) else alt(env)

    # -- member access ----------------------------------------------------------------------

    def member_key(self, node):
        """(static key or None, key closure or None) of a MemberExpression."""
        prop = node["property"]
        if not node.get("computed"):
            return prop["name"], None
        if prop["type"] == "Literal" and isinstance(prop.get("value"), str):
            return prop["value"], None
        return None, self.expr(prop)

    def compile_MemberExpression(self, node):
        if node["object"]["type"] == "Super":
            return self.compile_super_member(node)
        if node["property"]["type"] == "PrivateIdentifier":
            return self.compile_private_member(node)
        obj = self.expr(node["object"])
        optional = node.get("optional")
        key, key_fn = self.member_key(node)
        site = self.site(node, node["property"]["start"])
        if key is not None:
            def member(env):
                o = obj(env)
                if type(o) is JSObject:
                    # Fast path: an own plain data property.
                    v = o.props.get(key)
                    if v is not None and type(v) is not Prop:
                        return v
                if optional and (o is undefined or o is null):
                    raise SHORT_CIRCUIT
                try:
                    if isinstance(o, JSObject):
                        return o.get(key, o)
                    return get_v(o, key)
                except JSThrow as e:
                    annotate(e, site)
                    raise
            return member

        def element(env):
            o = obj(env)
            if optional and (o is undefined or o is null):
                raise SHORT_CIRCUIT
            k = key_fn(env)
            try:
                return get_element(o, k)
            except JSThrow as e:
                annotate(e, site)
                raise
        return element

    def compile_ChainExpression(self, node):
        inner = self.expr(node["expression"])

        def chain(env):
            try:
                return inner(env)
            except ShortCircuit:
                return undefined
        return chain

    # -- calls ------------------------------------------------------------------------------

    def compile_arguments(self, args):
        """A closure env -> list of argument values (spread expanded)."""
        fns = []
        spread = False
        for a in args:
            if a["type"] == "SpreadElement":
                spread = True
                fns.append((self.expr(a["argument"]), self.site(a["argument"]),
                            render_callee(a["argument"], self.source)))
            else:
                fns.append(self.expr(a))
        if not spread:
            n = len(fns)
            if n == 0:
                return lambda env: []
            if n == 1:
                a0, = fns
                return lambda env: [a0(env)]
            if n == 2:
                a0, a1 = fns
                return lambda env: [a0(env), a1(env)]
            if n == 3:
                a0, a1, a2 = fns
                return lambda env: [a0(env), a1(env), a2(env)]
            fns = tuple(fns)
            return lambda env: [f(env) for f in fns]
        fns = tuple(fns)

        def spread_args(env):
            out = []
            for f in fns:
                if type(f) is tuple:
                    try:
                        out.extend(iterate_to_list(f[0](env), f[2]))
                    except JSThrow as e:
                        annotate(e, f[1])
                        raise
                else:
                    out.append(f(env))
            return out
        return spread_args

    def make_invoker(self, site, callee_text):
        """invoke(f, this, args): [[Call]] with the call site pushed for stack
        traces and the call depth limit enforced."""
        agent = self.agent
        stack = agent.call_stack
        max_depth = agent.max_depth

        def invoke(f, this, args):
            if not isinstance(f, JSFunction):
                try:
                    throw_type_error("not_function", callee_text)
                except JSThrow as e:
                    annotate(e, site)
                    raise
            stack.append((site, f, this))
            try:
                if len(stack) > max_depth:
                    throw_range_error("max_call_stack")
                return f.call(this, args)
            except JSThrow as e:
                annotate(e, site)
                raise
            finally:
                stack.pop()
        return invoke

    def compile_callee(self, callee):
        """(unused, fn) where fn(env) -> (this, function) for a call's callee."""
        t = callee["type"]
        if t == "MemberExpression" and callee["object"]["type"] != "Super" \
                and callee["property"]["type"] != "PrivateIdentifier":
            obj = self.expr(callee["object"])
            key, key_fn = self.member_key(callee)
            optional = callee.get("optional")
            site = self.site(callee, callee["property"]["start"])

            def member_callee(env):
                o = obj(env)
                if optional and (o is undefined or o is null):
                    raise SHORT_CIRCUIT
                try:
                    if key_fn is None:
                        if type(o) is JSObject:
                            # Fast path: an own plain data property (or the
                            # method found on the prototype by get()).
                            f = o.props.get(key)
                            if f is None or type(f) is Prop:
                                f = o.get(key, o)
                        else:
                            f = o.get(key, o) if isinstance(o, JSObject) else get_v(o, key)
                    else:
                        f = get_element(o, key_fn(env))
                except JSThrow as e:
                    annotate(e, site)
                    raise
                return o, f
            return None, member_callee
        if t == "MemberExpression":
            getter = self.expr(callee)
            this_fn = self.compile_ThisExpression(callee["object"]) if callee["object"]["type"] == "Super" \
                else None
            if callee["object"]["type"] == "Super":
                this_read = self.compile_read(self.ref(callee["object"], "%this"), callee)
                return None, lambda env: (this_read(env), getter(env))
            obj = self.expr(callee["object"])
            private_get = self.compile_private_get(callee)

            def private_callee(env):
                o = obj(env)
                return o, private_get(env, o)
            return None, private_callee
        if t == "ChainExpression":
            _, inner = self.compile_callee(callee["expression"])
            return None, inner
        f = self.expr(callee)
        if t == "Identifier":
            ref = self.ref(callee)
            if ref.kind == "dynamic" and any(c[0] == "with" for c in ref.checks):
                # A function found on a with object is called with it as this.
                checks = [(self.make_env_getter(h), slot) for what, h, slot in ref.checks
                          if what == "with"]
                name = callee["name"]

                def with_callee(env):
                    for up, slot in checks:
                        holder = up(env)[slot]
                        if with_has_binding(holder, name):
                            return holder, holder.get(name, holder)
                    return undefined, f(env)
                return None, with_callee
        return None, lambda env: (undefined, f(env))

    def compile_CallExpression(self, node):
        callee = node["callee"]
        if callee["type"] == "Super":
            return self.compile_super_call(node)
        if callee["type"] == "Identifier" and callee["name"] == "eval" and not node.get("optional"):
            return self.compile_direct_eval(node)
        args = self.compile_arguments(node["arguments"])
        # V8 places a method call at its property name.
        site = self.site(node, callee["property"]["start"] if callee["type"] == "MemberExpression"
                         else None)
        text = render_callee(callee, self.source)
        site.callee_text = text
        invoke = self.make_invoker(site, text)
        optional = node.get("optional")
        agent = self.agent
        stack = agent.call_stack
        max_depth = agent.max_depth
        t = callee["type"]
        if t == "Identifier" and not optional:
            fn_read = self.expr(callee)
            ref = self.ref(callee)
            if not (ref.kind == "dynamic" and any(c[0] == "with" for c in ref.checks)):
                # Fast path: a plain function call, inlined invoke.
                def call_plain(env):
                    f = fn_read(env)
                    a = args(env)
                    if type(f) is not ScriptFunction:
                        return invoke(f, undefined, a)
                    stack.append((site, f, undefined))
                    try:
                        if len(stack) > max_depth:
                            throw_range_error("max_call_stack")
                        # Fast path: skip the ScriptFunction.call trampoline.
                        return f.code.call(f, undefined, a)
                    except JSThrow as e:
                        annotate(e, site)
                        raise
                    finally:
                        stack.pop()
                return call_plain
        _, callee_fn = self.compile_callee(callee)
        if t == "MemberExpression" and not optional:
            # Fast path: method call o.m(...), inlined invoke.
            def call_method(env):
                this, f = callee_fn(env)
                a = args(env)
                if type(f) is not ScriptFunction:
                    return invoke(f, this, a)
                stack.append((site, f, this))
                try:
                    if len(stack) > max_depth:
                        throw_range_error("max_call_stack")
                    # Fast path: skip the ScriptFunction.call trampoline.
                    return f.code.call(f, this, a)
                except JSThrow as e:
                    annotate(e, site)
                    raise
                finally:
                    stack.pop()
            return call_method

        def call(env):
            this, f = callee_fn(env)
            if optional and (f is undefined or f is null):
                raise SHORT_CIRCUIT
            return invoke(f, this, args(env))
        return call

    def compile_NewExpression(self, node):
        callee = self.expr(node["callee"])
        args = self.compile_arguments(node["arguments"])
        site = self.site(node)
        text = render_callee(node["callee"], self.source)
        agent = self.agent
        stack = agent.call_stack
        max_depth = agent.max_depth

        def new(env):
            c = callee(env)
            a = args(env)
            if not getattr(c, "is_constructor", False):
                try:
                    throw_type_error("not_constructor", text)
                except JSThrow as e:
                    annotate(e, site)
                    raise
            stack.append((site, c, NEW))
            try:
                if len(stack) > max_depth:
                    throw_range_error("max_call_stack")
                return c.construct(a, c)
            except JSThrow as e:
                annotate(e, site)
                raise
            finally:
                stack.pop()
        return new

    # -- unary and update ----------------------------------------------------------------------

    def compile_UnaryExpression(self, node):
        op = node["operator"]
        arg_node = node["argument"]
        if op == "typeof":
            if arg_node["type"] == "Identifier":
                ref = self.ref(arg_node)
                read = self.compile_read(ref, arg_node, typeof=True)
            else:
                read = self.expr(arg_node)
            return lambda env: op_typeof(read(env))
        if op == "delete":
            return self.compile_delete(node)
        arg = self.expr(arg_node)
        if op == "!":
            def not_(env):
                v = arg(env)
                if v is True:
                    return False
                if v is False:
                    return True
                return not to_boolean(v)
            return not_
        if op == "-":
            if arg_node["type"] == "Literal" and type(arg_node.get("value")) in (int, float) \
                    and arg_node.get("bigint") is None:
                c = -float(arg_node["value"])
                return lambda env: c

            def neg(env):
                v = arg(env)
                if type(v) is float:
                    return -v
                return ops.op_negate(v)
            return neg
        if op == "+":
            def plus(env):
                v = arg(env)
                if type(v) is float:
                    return v
                return to_number(v)
            return plus
        if op == "~":
            return lambda env: ops.op_bitwise_not(arg(env))
        if op == "void":
            def void(env):
                arg(env)
                return undefined
            return void
        raise NotImplementedError(op)

    def compile_delete(self, node):
        arg = node["argument"]
        strict = self.scope.strict
        t = arg["type"]
        if t == "ChainExpression":
            inner = self.compile_delete({"type": "UnaryExpression", "operator": "delete",
                                         "argument": arg["expression"], "start": node["start"],
                                         "end": node["end"]})

            def delete_chain(env):
                try:
                    return inner(env)
                except ShortCircuit:
                    return True
            return delete_chain
        if t == "MemberExpression":
            if arg["object"]["type"] == "Super":
                site = self.site(arg)

                def delete_super(env):
                    throw_reference_error("Unsupported reference to 'super'")
                return delete_super
            obj = self.expr(arg["object"])
            key, key_fn = self.member_key(arg)
            optional = arg.get("optional")
            site = self.site(arg)

            def delete_member(env):
                o = obj(env)
                if optional and (o is undefined or o is null):
                    raise SHORT_CIRCUIT
                k = key if key_fn is None else key_fn(env)
                try:
                    if o is undefined or o is null:
                        throw_type_error("convert_undefined_null")
                    pk = to_property_key(k)
                    target = to_object(o)
                    ok = target.delete(pk)
                    if not ok and strict:
                        throw_type_error("delete_prop", key_to_display(pk),
                                         describe_object_for_error(target).replace("object '", "").rstrip("'"))
                    return ok
                except JSThrow as e:
                    annotate(e, site)
                    raise
            return delete_member
        if t == "Identifier":
            ref = self.ref(arg)
            name = arg["name"]
            if ref.kind == "local":
                return lambda env: False
            g = self.realm.global_object
            lexicals = self.realm.global_lexicals
            checks = []
            if ref.kind == "dynamic":
                checks = [(what, self.make_env_getter(h), slot) for what, h, slot in ref.checks]
                fallback = ref.fallback
                if fallback.kind == "local":
                    checks_only = True
                else:
                    checks_only = False
            else:
                checks_only = False

            def delete_name(env):
                for what, up, slot in checks:
                    holder = up(env)[slot]
                    if what == "with":
                        if with_has_binding(holder, name):
                            return holder.delete(name)
                    elif holder is not None and name in holder:
                        del holder[name]
                        return True
                if checks_only:
                    return False
                if name in lexicals:
                    return False
                if g.get_own_property(name) is None:
                    return True
                return g.delete(name)
            return delete_name
        f = self.expr(arg)

        def delete_value(env):
            f(env)
            return True
        return delete_value

    def compile_UpdateExpression(self, node):
        op = node["operator"]
        prefix = node["prefix"]
        delta = 1.0 if op == "++" else -1.0
        big_delta = 1 if op == "++" else -1
        target = node["argument"]

        def step(old):
            # ToNumeric then add one (same type).
            if type(old) is float:
                return old, old + delta
            n = to_numeric(old)
            if type(n) is int:
                return n, n + big_delta
            return n, n + delta

        if target["type"] == "Identifier" and self.ref(target).kind == "dynamic":
            resolve, get, put = self.compile_name_reference(self.ref(target), target)

            def update_dynamic(env):
                token = resolve(env)
                old, new = step(get(env, token))
                put(env, token, new)
                return new if prefix else old
            return update_dynamic
        if target["type"] == "Identifier":
            ref = self.ref(target)
            read = self.compile_read(ref, target)
            write = self.compile_write(ref, target)
            if ref.kind == "local" and not ref.check_tdz and not ref.binding.immutable \
                    and ref.hops == 0:
                slot = ref.slot
                # Fast path: a local counter (i++ in loops).
                if prefix:
                    def pre_local(env):
                        v = env[slot]
                        if type(v) is float:
                            v = v + delta
                        else:
                            v = step(v)[1]
                        env[slot] = v
                        return v
                    return pre_local

                def post_local(env):
                    v = env[slot]
                    if type(v) is float:
                        env[slot] = v + delta
                        return v
                    old, new = step(v)
                    env[slot] = new
                    return old
                return post_local
            site = self.site(target)

            def update_name(env):
                try:
                    old, new = step(read(env))
                    write(env, new)
                except JSThrow as e:
                    annotate(e, site)
                    raise
                return new if prefix else old
            return update_name
        get, put = self.compile_reference(target)

        def update_member(env):
            ref = get(env)
            old, new = step(ref[2])
            put(env, ref, new)
            return new if prefix else old
        return update_member

    # -- references for compound operations ------------------------------------------------------

    def compile_reference(self, node):
        """For member targets of compound assignment and update:
        get(env) -> (base, key, current value); put(env, ref, value)."""
        strict = self.scope.strict
        if node["type"] == "ChainExpression":
            raise NotImplementedError("optional chain as assignment target")
        if node["object"]["type"] == "Super":
            home_read = self.compile_read(self.ref(node["object"], "%func"), node)
            this_read = self.compile_read(self.ref(node["object"], "%this"), node)
            key, key_fn = self.member_key(node)

            def get_super(env):
                this = this_read(env)
                k = key if key_fn is None else to_property_key(key_fn(env))
                proto = home_read(env).home_object.get_prototype_of()
                v = undefined if proto is None else proto.get(k, this)
                return (proto, k, v, this)

            def put_super(env, ref, value):
                proto, k, _, this = ref
                ok = proto.set(k, value, this) if proto is not None else False
                if not ok and strict:
                    throw_type_error("readonly_prop", key_to_display(k), "object")
            return get_super, put_super
        if node["property"]["type"] == "PrivateIdentifier":
            obj = self.expr(node["object"])
            pget = self.compile_private_get(node)
            pset = self.compile_private_set(node)

            def get_private(env):
                o = obj(env)
                return (o, None, pget(env, o))

            def put_private(env, ref, value):
                pset(env, ref[0], value)
            return get_private, put_private
        obj = self.expr(node["object"])
        key, key_fn = self.member_key(node)
        site = self.site(node, node["property"]["start"])

        # The reference keeps the key value unconverted: GetValue and PutValue
        # each apply ToPropertyKey (ES2024+, as V8 does), so o[k] += 1
        # converts an object key twice.
        def get_ref(env):
            o = obj(env)
            try:
                k = key if key_fn is None else key_fn(env)
                if o is undefined or o is null:
                    # Before ToPropertyKey: an object key is not converted.
                    throw_type_error("read_prop_of", "undefined" if o is undefined else "null",
                                     key_to_display(k) if type(k) in (str, JSSymbol)
                                     else to_string(k) if not isinstance(k, JSObject) else "")
                pk = k if key_fn is None else to_property_key(k)
                return (o, k, read_member(o, pk))
            except JSThrow as e:
                annotate(e, site)
                raise

        def put_ref(env, ref, value):
            try:
                k = ref[1]
                write_member(ref[0], k if key_fn is None else to_property_key(k), value, strict)
            except JSThrow as e:
                annotate(e, site)
                raise
        return get_ref, put_ref

    # -- binary ----------------------------------------------------------------------------------------

    def compile_BinaryExpression(self, node):
        op = node["operator"]
        if op == "in" and node["left"]["type"] == "PrivateIdentifier":
            return self.compile_private_in(node)
        left = self.expr(node["left"])
        right = self.expr(node["right"])
        return self.binary_operator(op, left, right, self.site(node))

    def binary_operator(self, op, left, right, site=None):
        """The closure for ``left op right``.  Fast paths (both operands
        Numbers, or both strings for +) are inlined; the general operation
        is wrapped so an error it raises is placed at ``site`` (the wrapper
        costs a call only off the fast path)."""
        op_add = self.guarded(ops.op_add, site)
        numeric_sub = self.guarded(NUMERIC_OPERATORS["-"], site)
        numeric_mul = self.guarded(NUMERIC_OPERATORS["*"], site)
        numeric_div = self.guarded(NUMERIC_OPERATORS["/"], site)
        numeric_mod = self.guarded(NUMERIC_OPERATORS["%"], site)
        is_loosely_equal = self.guarded(ops.is_loosely_equal, site)
        instance_of = self.guarded(instance_of_, site)
        op_in = self.guarded(ops.op_in, site)
        op_lt = self.guarded(ops.op_lt, site)
        op_gt = self.guarded(ops.op_gt, site)
        op_le = self.guarded(ops.op_le, site)
        op_ge = self.guarded(ops.op_ge, site)
        if op == "+":
            def add(env):
                a = left(env)
                b = right(env)
                if type(a) is float and type(b) is float:
                    return a + b
                if type(a) is str and type(b) is str:
                    return a + b
                return op_add(a, b)
            return add
        if op == "-":
            def sub(env):
                a = left(env)
                b = right(env)
                if type(a) is float and type(b) is float:
                    return a - b
                return numeric_sub(a, b)
            return sub
        if op == "*":
            def mul(env):
                a = left(env)
                b = right(env)
                if type(a) is float and type(b) is float:
                    return a * b
                return numeric_mul(a, b)
            return mul
        if op == "/":
            def div(env):
                a = left(env)
                b = right(env)
                if type(a) is float and type(b) is float and b:
                    return a / b
                return numeric_div(a, b)
            return div
        if op == "%":
            def mod(env):
                a = left(env)
                b = right(env)
                if type(a) is float and type(b) is float and a > 0 and b > 0 \
                        and a != float("inf") and b != float("inf"):
                    return a % b
                return numeric_mod(a, b)
            return mod
        if op in ("&", "|", "^", "<<", ">>", ">>>"):
            return self.bitwise_operator(op, left, right, self.guarded(NUMERIC_OPERATORS[op], site))
        if op == "**":
            fn = self.guarded(NUMERIC_OPERATORS[op], site)
            return lambda env: fn(left(env), right(env))
        if op == "<":
            def lt(env):
                a = left(env)
                b = right(env)
                if type(a) is float and type(b) is float:
                    return a < b
                return op_lt(a, b)
            return lt
        if op == ">":
            def gt(env):
                a = left(env)
                b = right(env)
                if type(a) is float and type(b) is float:
                    return a > b
                return op_gt(a, b)
            return gt
        if op == "<=":
            def le(env):
                a = left(env)
                b = right(env)
                if type(a) is float and type(b) is float:
                    return a <= b
                return op_le(a, b)
            return le
        if op == ">=":
            def ge(env):
                a = left(env)
                b = right(env)
                if type(a) is float and type(b) is float:
                    return a >= b
                return op_ge(a, b)
            return ge
        if op == "===":
            def seq(env):
                a = left(env)
                b = right(env)
                if type(a) is float and type(b) is float:
                    return a == b
                return is_strictly_equal(a, b)
            return seq
        if op == "!==":
            def sne(env):
                a = left(env)
                b = right(env)
                if type(a) is float and type(b) is float:
                    return a != b
                return not is_strictly_equal(a, b)
            return sne
        if op == "==":
            def loose_eq(env):
                a = left(env)
                b = right(env)
                if type(a) is float and type(b) is float:
                    return a == b
                if b is null or b is undefined:
                    # Fast path: x == null.
                    return a is null or a is undefined
                return is_loosely_equal(a, b)
            return loose_eq
        if op == "!=":
            def loose_ne(env):
                a = left(env)
                b = right(env)
                if type(a) is float and type(b) is float:
                    return a != b
                if b is null or b is undefined:
                    return not (a is null or a is undefined)
                return not is_loosely_equal(a, b)
            return loose_ne
        if op == "instanceof":
            return lambda env: instance_of(left(env), right(env))
        if op == "in":
            def in_(env):
                a = left(env)
                return op_in(a, right(env))
            return in_
        raise NotImplementedError(op)

    @staticmethod
    def bitwise_operator(op, left, right, slow):
        """Bitwise and shift operators.  Fast path: both operands are Numbers
        already in int32 range, where int() is ToInt32."""
        lo, hi = -2147483648.0, 2147483647.0
        if op == "|":
            def bit_or(env):
                a = left(env)
                b = right(env)
                if type(a) is float and type(b) is float and lo <= a <= hi and lo <= b <= hi:
                    return float(int(a) | int(b))
                return slow(a, b)
            return bit_or
        if op == "&":
            def bit_and(env):
                a = left(env)
                b = right(env)
                if type(a) is float and type(b) is float and lo <= a <= hi and lo <= b <= hi:
                    return float(int(a) & int(b))
                return slow(a, b)
            return bit_and
        if op == "^":
            def bit_xor(env):
                a = left(env)
                b = right(env)
                if type(a) is float and type(b) is float and lo <= a <= hi and lo <= b <= hi:
                    return float(int(a) ^ int(b))
                return slow(a, b)
            return bit_xor
        if op == ">>":
            def sar(env):
                a = left(env)
                b = right(env)
                if type(a) is float and type(b) is float and lo <= a <= hi and 0.0 <= b <= hi:
                    return float(int(a) >> (int(b) & 31))
                return slow(a, b)
            return sar
        if op == ">>>":
            def shr(env):
                a = left(env)
                b = right(env)
                if type(a) is float and type(b) is float and lo <= a <= hi and 0.0 <= b <= hi:
                    return float((int(a) & 0xFFFFFFFF) >> (int(b) & 31))
                return slow(a, b)
            return shr

        def shl(env):
            a = left(env)
            b = right(env)
            if type(a) is float and type(b) is float and lo <= a <= hi and 0.0 <= b <= hi:
                r = (int(a) << (int(b) & 31)) & 0xFFFFFFFF
                return float(r - 0x100000000 if r >= 0x80000000 else r)
            return slow(a, b)
        return shl

    @staticmethod
    def guarded(fn, site):
        """``fn(a, b)`` with a JSThrow it raises placed at ``site``."""
        if site is None:
            return fn

        def guarded_op(a, b):
            try:
                return fn(a, b)
            except JSThrow as e:
                annotate(e, site)
                raise
        return guarded_op

    def compile_LogicalExpression(self, node):
        op = node["operator"]
        left = self.expr(node["left"])
        right = self.expr(node["right"])
        if op == "&&":
            def and_(env):
                v = left(env)
                if v is False or not (v is True or to_boolean(v)):
                    return v
                return right(env)
            return and_
        if op == "||":
            def or_(env):
                v = left(env)
                if v is True or (v is not False and to_boolean(v)):
                    return v
                return right(env)
            return or_

        def nullish(env):
            v = left(env)
            if v is undefined or v is null:
                return right(env)
            return v
        return nullish

    # -- assignment ------------------------------------------------------------------------------------

    def compile_assign_target(self, target):
        """write(env, value) for a simple or member assignment target (used by
        for-in/of heads and destructuring)."""
        t = target["type"]
        if t == "Identifier":
            return self.compile_write(self.ref(target), target)
        if t == "MemberExpression":
            strict = self.scope.strict
            if target["object"]["type"] == "Super":
                _, put = self.compile_reference(target)
                home_read = self.compile_read(self.ref(target["object"], "%func"), target)
                this_read = self.compile_read(self.ref(target["object"], "%this"), target)
                key, key_fn = self.member_key(target)

                def write_super(env, value):
                    k = key if key_fn is None else to_property_key(key_fn(env))
                    proto = home_read(env).home_object.get_prototype_of()
                    put(env, (proto, k, None, this_read(env)), value)
                return write_super
            if target["property"]["type"] == "PrivateIdentifier":
                obj = self.expr(target["object"])
                pset = self.compile_private_set(target)
                return lambda env, value: pset(env, obj(env), value)
            obj = self.expr(target["object"])
            key, key_fn = self.member_key(target)
            site = self.site(target, target["property"]["start"])

            def write(env, value):
                o = obj(env)
                try:
                    if key_fn is None:
                        write_member_checked(o, key, value, strict)
                    else:
                        set_element(o, key_fn(env), value, strict)
                except JSThrow as e:
                    annotate(e, site)
                    raise
            return write
        if t in ("ObjectPattern", "ArrayPattern"):
            return self.compile_assignment_pattern(target)
        if t == "AssignmentPattern":
            return self.compile_binding_element(target, init=False, assignment=True)
        raise NotImplementedError(f"assignment target {t}")

    def compile_AssignmentExpression(self, node):
        op = node["operator"]
        target = node["left"]
        t = target["type"]
        if op == "=":
            if t == "Identifier" and self.ref(target).kind == "dynamic":
                value = self.compile_named_expression(node["right"], target["name"])
                resolve, _, put = self.compile_name_reference(self.ref(target), target)

                def assign_dynamic(env):
                    token = resolve(env)
                    v = value(env)
                    put(env, token, v)
                    return v
                return assign_dynamic
            if t == "Identifier":
                # NamedEvaluation only for a bare name: (fn) = function () {} keeps ''.
                value = self.compile_named_expression(node["right"], target["name"]) \
                    if node["start"] == target["start"] else self.expr(node["right"])
                write = self.compile_write(self.ref(target), target)
                site = self.site(target)
                ref = self.ref(target)
                if ref.kind == "local" and not ref.check_tdz and not ref.binding.immutable:
                    def assign_local(env):
                        v = value(env)
                        write(env, v)
                        return v
                    return assign_local

                def assign_name(env):
                    v = value(env)
                    try:
                        write(env, v)
                    except JSThrow as e:
                        annotate(e, site)
                        raise
                    return v
                return assign_name
            if t in ("ObjectPattern", "ArrayPattern"):
                value = self.expr(node["right"])
                bind = self.compile_assignment_pattern(target, render_callee(node["right"],
                                                                             self.source))
                site = self.site(node)

                def destructure(env):
                    v = value(env)
                    try:
                        bind(env, v)
                    except JSThrow as e:
                        annotate(e, site)
                        raise
                    return v
                return destructure
            if t == "MemberExpression" and target["object"]["type"] != "Super" \
                    and target["property"]["type"] != "PrivateIdentifier":
                strict = self.scope.strict
                obj = self.expr(target["object"])
                key, key_fn = self.member_key(target)
                value = self.expr(node["right"])
                site = self.site(target, target["property"]["start"])
                if key_fn is None:
                    def assign_prop(env):
                        o = obj(env)
                        v = value(env)
                        # Fast path: an existing plain data property.
                        if isinstance(o, JSObject):
                            if not o.set(key, v, o) and strict:
                                try:
                                    throw_set_failure(o, key)
                                except JSThrow as e:
                                    annotate(e, site)
                                    raise
                            return v
                        try:
                            write_member(o, key, v, strict)
                        except JSThrow as e:
                            annotate(e, site)
                            raise
                        return v
                    return assign_prop

                def assign_elem(env):
                    o = obj(env)
                    k = key_fn(env)
                    v = value(env)
                    try:
                        set_element(o, k, v, strict)
                    except JSThrow as e:
                        annotate(e, site)
                        raise
                    return v
                return assign_elem
            write = self.compile_assign_target(target)
            value = self.expr(node["right"])

            def assign(env):
                v = value(env)
                write(env, v)
                return v
            return assign
        # Compound and logical assignment.
        if op in ("&&=", "||=", "??="):
            return self.compile_logical_assignment(node)
        bin_op = op[:-1]
        right = self.expr(node["right"])
        combine = self.binary_operator(bin_op, lambda env: env[0], lambda env: env[1])
        if t == "Identifier" and self.ref(target).kind == "dynamic":
            resolve, get, put = self.compile_name_reference(self.ref(target), target)

            def compound_dynamic(env):
                token = resolve(env)
                v = combine((get(env, token), right(env)))
                put(env, token, v)
                return v
            return compound_dynamic
        if t == "Identifier":
            ref = self.ref(target)
            read = self.compile_read(ref, target)
            write = self.compile_write(ref, target)
            site = self.site(node)
            if bin_op == "+" and ref.kind == "local" and not ref.check_tdz \
                    and not ref.binding.immutable:
                # Fast path: local += (counters and string building).
                def add_assign_local(env):
                    a = read(env)
                    b = right(env)
                    if type(a) is float and type(b) is float:
                        v = a + b
                    elif type(a) is str and type(b) is str:
                        v = a + b
                    else:
                        try:
                            v = op_add(a, b)
                        except JSThrow as e:
                            annotate(e, site)
                            raise
                    write(env, v)
                    return v
                return add_assign_local

            def compound_name(env):
                try:
                    a = read(env)
                    v = combine((a, right(env)))
                    write(env, v)
                except JSThrow as e:
                    annotate(e, site)
                    raise
                return v
            return compound_name
        get, put = self.compile_reference(target)
        site = self.site(node)

        def compound_member(env):
            ref = get(env)
            try:
                v = combine((ref[2], right(env)))
            except JSThrow as e:
                annotate(e, site)
                raise
            put(env, ref, v)
            return v
        return compound_member

    def compile_logical_assignment(self, node):
        op = node["operator"]
        target = node["left"]
        if target["type"] == "Identifier":
            ref = self.ref(target)
            read = self.compile_read(ref, target)
            write = self.compile_write(ref, target)
            value = self.compile_named_expression(node["right"], target["name"])

            def get(env):
                return read(env)

            def put(env, r, v):
                write(env, v)
            getref = lambda env: (None, None, read(env))
        else:
            getref, put = self.compile_reference(target)
            value = self.expr(node["right"])

        def logical_assign(env):
            r = getref(env)
            cur = r[2]
            if op == "&&=":
                if not to_boolean(cur):
                    return cur
            elif op == "||=":
                if to_boolean(cur):
                    return cur
            elif not (cur is undefined or cur is null):
                return cur
            v = value(env)
            put(env, r, v)
            return v
        return logical_assign

    # -- functions, classes, generators --------------------------------------------------------------

    def compile_FunctionExpression(self, node):
        return self.compile_function_expression(node)

    def compile_ArrowFunctionExpression(self, node):
        return self.compile_function_expression(node)

    def compile_ClassExpression(self, node):
        return self.compile_class(node)

    def compile_SpreadElement(self, node):
        raise AssertionError("spread compiled by its container")

    def compile_ImportExpression(self, node):
        self.not_yet(node, "import() arrives with ES modules (issue 5)")


def write_member_checked(o, key, value, strict):
    """o.key = value for a static key (see write_member)."""
    if isinstance(o, JSObject):
        if not o.set(key, value, o) and strict:
            throw_set_failure(o, key)
        return
    write_member(o, key, value, strict)


NUMERIC_OPERATORS = {op: make_numeric_operator(op) for op in
                     ("-", "*", "/", "%", "**", "<<", ">>", ">>>", "&", "|", "^")}
numeric_sub = NUMERIC_OPERATORS["-"]
numeric_mul = NUMERIC_OPERATORS["*"]
numeric_div = NUMERIC_OPERATORS["/"]
numeric_mod = NUMERIC_OPERATORS["%"]
