"""Functions, object literals, classes, super, private names and eval.

A function node compiles once to a :class:`FunctionCode` (shared by all its
closures); evaluating the function expression creates a ScriptFunction that
pairs the code with the current environment.  FunctionCode builds a
specialised ``call``/``construct`` closure from only the steps the function
needs (``this`` coercion, ``arguments``, parameter patterns, hoisted
functions), so a simple function costs a list copy and a few stores per call.

https://tc39.es/ecma262/#sec-ecmascript-function-objects
https://tc39.es/ecma262/#sec-class-definitions
"""

from ..runtime.values import undefined, null, TDZ, JSSymbol, SYM_ITERATOR, HOLE, ABSENT
from ..runtime.objects import JSObject, JSArray, Prop, Descriptor, array_index, _DIGITS
from ..runtime.function import ScriptFunction, JSFunction
from ..runtime.errors import (JSThrow, throw_type_error, throw_reference_error, throw_error)
from ..runtime.type_conversion import to_object, to_property_key, to_string
from ..runtime.object_operations import (is_constructor, create_array_from_list,
                                         define_property_or_throw, key_to_display)
from ..scope import is_simple_parameter_list, bound_names
from .core import FunctionContext, annotate, NEW
from .expressions import is_anonymous_function_definition
from .patterns import copy_data_properties, PARAMETER


class ArgumentsObject(JSObject):
    """An arguments exotic object (https://tc39.es/ecma262/#sec-arguments-exotic-objects).

    For sloppy functions with simple parameters ``mapping`` maps an index
    string to (env, slot): reads and writes of that index go to the parameter
    binding until it is deleted or redefined.
    """
    __slots__ = ("mapping",)
    js_class = "Arguments"

    def __init__(self, proto, mapping=None):
        JSObject.__init__(self, proto)
        self.mapping = mapping

    def get_own_property(self, key):
        p = JSObject.get_own_property(self, key)
        m = self.mapping
        if p is not None and m is not None and key in m:
            env, slot = m[key]
            p = Prop(env[slot], p.writable, p.enumerable, p.configurable)
        return p

    def get(self, key, receiver=None):
        m = self.mapping
        if m is not None and key in m:
            env, slot = m[key]
            return env[slot]
        return JSObject.get(self, key, receiver)

    def set(self, key, value, receiver=None):
        m = self.mapping
        if m is not None and key in m and (receiver is None or receiver is self):
            env, slot = m[key]
            env[slot] = value
        return JSObject.set(self, key, value, receiver)

    def define_own_property(self, key, desc):
        m = self.mapping
        if m is None or key not in m:
            return JSObject.define_own_property(self, key, desc)
        env, slot = m[key]
        if desc.is_data() and desc.value is ABSENT and desc.writable is False:
            desc = Descriptor(env[slot], desc.get, desc.set, desc.writable, desc.enumerable,
                              desc.configurable)
        ok = JSObject.define_own_property(self, key, desc)
        if not ok:
            return False
        if desc.is_accessor():
            del m[key]
        else:
            if desc.value is not ABSENT:
                env[slot] = desc.value
            if desc.writable is False:
                del m[key]
        return True

    def delete(self, key):
        ok = JSObject.delete(self, key)
        if ok and self.mapping is not None:
            self.mapping.pop(key, None)
        return ok


def create_arguments_object(realm, func, args, env, mapped_slots, strict):
    obj = ArgumentsObject(realm.object_prototype)
    props = obj.props
    for i, a in enumerate(args):
        props[str(i)] = a
    props["length"] = Prop(float(len(args)), True, False, True)
    props[SYM_ITERATOR] = Prop(realm.array_prototype.get(SYM_ITERATOR), True, False, True)
    if strict or mapped_slots is None:
        thrower = realm.throw_type_error_function
        props["callee"] = Prop(undefined, False, False, False, thrower, thrower, True)
    else:
        props["callee"] = Prop(func, True, False, True)
        mapping = {}
        # The last parameter with a given name wins.
        seen = set()
        for i in range(min(len(args), len(mapped_slots)) - 1, -1, -1):
            slot = mapped_slots[i]
            if slot in seen:
                continue
            seen.add(slot)
            mapping[str(i)] = (env, slot)
        if mapping:
            obj.mapping = mapping
    return obj


class FunctionCode:
    """The compiled form of one function node."""

    def __init__(self, realm, name, kind, strict, length, source_text):
        self.realm = realm
        self.name = name
        #: 'normal', 'arrow', 'method', 'accessor', 'class_constructor',
        #: 'derived_constructor', 'generator', 'async', 'async_generator',
        #: 'async_arrow', 'class_field'
        self.kind = kind
        self.strict = strict
        self.length = length
        self.source_text = source_text
        self.is_constructor = kind in ("normal", "class_constructor", "derived_constructor")
        self.needs_prototype = kind in ("normal", "class_constructor", "derived_constructor",
                                        "generator", "async_generator")
        self.is_class_constructor = kind in ("class_constructor", "derived_constructor")
        self.call = None          # set by the compiler: call(func, this, args)
        self.construct = None     # construct(func, args, new_target)
        self.instantiate = None   # instantiate(func, this, args, new_target) -> env
        self.body = None

    def make_prototype(self, func):
        realm = self.realm
        if self.kind == "generator":
            return JSObject(realm.generator_prototype)
        if self.kind == "async_generator":
            # %AsyncGeneratorPrototype% arrives with issue 4.
            return JSObject(getattr(realm, "async_generator_prototype", realm.object_prototype))
        proto = JSObject(realm.object_prototype)
        proto.props["constructor"] = Prop(func, True, False, True)
        return proto

    def __repr__(self):
        return f"<FunctionCode {self.kind} {self.name}>"


class PrivateName:
    """A Private Name (https://tc39.es/ecma262/#sec-private-names): unique per
    class evaluation.  ``kind`` is 'field', 'method' or 'accessor'."""
    __slots__ = ("description", "kind", "value", "getter", "setter", "is_static", "class_name")

    def __init__(self, description, kind="field", is_static=False, class_name=""):
        self.description = description
        self.kind = kind
        self.value = None
        self.getter = None
        self.setter = None
        self.is_static = is_static
        #: For V8's brand-check message 'Receiver must be an instance of class X'.
        self.class_name = class_name

    def __repr__(self):
        return f"<PrivateName {self.description}>"


def private_elements(o, create=False):
    d = o.__dict__.get("private_elements") if isinstance(o, JSObject) else None
    if d is None and create:
        d = o.__dict__["private_elements"] = {}
    return d


def private_get(o, pn):
    """https://tc39.es/ecma262/#sec-privateget"""
    d = private_elements(o)
    if d is None or pn not in d:
        if pn.kind != "field":
            _throw_brand_check(pn)
        throw_type_error("private_read", pn.description)
    if pn.kind == "field":
        return d[pn]
    if pn.kind == "method":
        return pn.value
    if pn.getter is None:
        throw_type_error("private_setter_only", pn.description)
    return pn.getter.call(o, [])


def private_set(o, pn, value):
    """https://tc39.es/ecma262/#sec-privateset"""
    d = private_elements(o)
    if d is None or pn not in d:
        if pn.kind != "field":
            _throw_brand_check(pn)
        throw_type_error("private_write", pn.description)
    if pn.kind == "field":
        d[pn] = value
    elif pn.kind == "method":
        throw_type_error("private_method_write", pn.description)
    else:
        if pn.setter is None:
            throw_type_error("private_getter_only", pn.description)
        pn.setter.call(o, [value])


def _throw_brand_check(pn):
    if pn.class_name:
        throw_type_error(f"Receiver must be an instance of class {pn.class_name}")
    throw_type_error("Receiver must be an instance of class anonymous")


def private_add(o, pn, value):
    if not isinstance(o, JSObject):
        throw_type_error("private_write", pn.description)
    d = private_elements(o, create=True)
    if pn in d:
        throw_type_error("private_redeclare", pn.description)
    d[pn] = value


class ClassField:
    """A field definition: key (property key or PrivateName), initializer
    function (ScriptFunction or None), is_anonymous_function flag for naming."""
    __slots__ = ("key", "initializer")

    def __init__(self, key, initializer):
        self.key = key
        self.initializer = initializer


def initialize_instance_elements(o, constructor):
    """https://tc39.es/ecma262/#sec-initializeinstanceelements"""
    methods = constructor.private_methods
    if methods:
        for pn in methods:
            private_add(o, pn, pn.value)
    fields = constructor.fields
    if fields:
        for field in fields:
            init = field.initializer
            value = undefined if init is None else init.call(o, [])
            key = field.key
            if type(key) is PrivateName:
                private_add(o, key, value)
            else:
                if not o.define_own_property(key, Descriptor(value, writable=True, enumerable=True,
                                                             configurable=True)):
                    throw_type_error("define_prop", key_to_display(key))


class FunctionsMixin:

    # -- function objects -----------------------------------------------------------------------

    def make_closure(self, code, env, name=None):
        realm = self.realm
        kind = code.kind
        if kind == "generator":
            proto = realm.generator_function_prototype
        elif kind in ("async", "async_arrow"):
            proto = getattr(realm, "async_function_prototype", realm.function_prototype)
        elif kind == "async_generator":
            proto = getattr(realm, "async_generator_function_prototype", realm.function_prototype)
        else:
            proto = realm.function_prototype
        return ScriptFunction(realm, code, env, proto, code.name if name is None else name)

    def compile_function_expression(self, node, name=None):
        code = self.function_code(node, name)
        make = self.make_closure
        return lambda env: make(code, env)

    def function_name_of(self, node, name):
        if node.get("id") is not None:
            return node["id"]["name"]
        return "" if name is None else name

    def function_code(self, node, name=None, kind=None, source_text=None):
        """Compile a function node into a FunctionCode (cached per node)."""
        cache = self.__dict__.setdefault("_function_codes", {})
        key = (id(node), name, kind)
        code = cache.get(key)
        if code is not None:
            return code
        scope = self.scope_of(node)
        fname = self.function_name_of(node, name)
        if kind is None:
            if node["type"] == "ArrowFunctionExpression":
                kind = "async_arrow" if node.get("async") else "arrow"
            elif node.get("generator"):
                kind = "async_generator" if node.get("async") else "generator"
            elif node.get("async"):
                kind = "async"
            else:
                kind = "normal"
        params = node["params"]
        length = 0
        for p in params:
            if p["type"] in ("AssignmentPattern", "RestElement"):
                break
            length += 1
        if source_text is None:
            source_text = self.source.slice(node["start"], node["end"])
        code = FunctionCode(self.realm, fname, kind, scope.strict, length, source_text)
        cache[key] = code
        prev_scope, prev_fn = self.scope, self.fn
        self.scope = scope
        ctx = FunctionContext(scope, fname or None, kind, prev_fn)
        ctx.display = self.frame_names.get(id(node))
        ctx.is_generator = kind in ("generator", "async_generator")
        ctx.is_async = kind in ("async", "async_arrow", "async_generator")
        self.fn = ctx
        prev_track = self.track_completion
        self.track_completion = False
        try:
            self.build_function(code, node, scope)
        finally:
            self.scope, self.fn = prev_scope, prev_fn
            self.track_completion = prev_track
        return code

    def build_function(self, code, node, scope):
        realm = self.realm
        agent = self.agent
        params = node["params"]
        body_node = node["body"]
        strict = scope.strict
        is_arrow = code.kind in ("arrow", "async_arrow")
        bindings = scope.bindings

        def slot_of(name):
            b = bindings.get(name)
            return b.slot if b is not None else None
        this_slot = slot_of("%this")
        func_slot = slot_of("%func")
        newtarget_slot = slot_of("%newtarget")
        evalvars_slot = slot_of("%evalvars")
        args_binding = bindings.get("arguments")
        # 'var arguments' still starts as the arguments object (a parameter
        # or function named arguments replaces it).
        arguments_slot = args_binding.slot if args_binding is not None and (
            args_binding.kind == "arguments" or (args_binding.kind == "var" and not is_arrow)) \
            else None
        callee_binding = None
        if node["type"] == "FunctionExpression" and node.get("id") is not None:
            b = bindings.get(node["id"]["name"])
            if b is not None and b.kind == "callee":
                callee_binding = b

        template = [undefined] * scope.nslots
        for b in bindings.values():
            if b.needs_tdz and b.slot is not None:
                template[b.slot] = TDZ
        if code.kind == "derived_constructor" and this_slot is not None:
            template[this_slot] = TDZ
        if evalvars_slot is not None:
            template[evalvars_slot] = None

        simple = is_simple_parameter_list(params)
        if simple:
            pslots = tuple(bindings[p["name"]].slot for p in params)
            binder = None
        else:
            pslots = None
            binder = self.compile_parameter_binder(params)
        mapped_slots = pslots if (simple and not strict) else None

        # Body (and its separate var scope when parameters have expressions).
        # Generators and async functions compile it in generator mode.
        suspendable = code.kind in ("generator", "async", "async_arrow", "async_generator")
        if suspendable:
            from .generators import suspend_points
            self.fn.suspend_points = suspend_points(body_node)
        if body_node["type"] == "BlockStatement":
            stmts = body_node["body"]
            compile_body = self.gen_statements if suspendable else self.compile_statements
            body_scope = self.scope_of(body_node)
            if body_scope is not None and body_scope is not scope:
                self.scope = body_scope
                hoisted = self.hoisted_functions(stmts, body_scope)
                body = compile_body(stmts)
                self.scope = scope
                body = self.wrap_var_scope(body_scope, body, hoisted)
                hoisted = []
            else:
                hoisted = self.hoisted_functions(stmts, scope)
                body = compile_body(stmts)
            expression_body = False
        else:
            hoisted = []
            if suspendable:
                value = self.gexpr(body_node)

                def body(env):
                    return ((yield from value(env)),)
            else:
                body = self.expr(body_node)
            expression_body = True
        code.body = body
        code.body_gen = body if suspendable else None
        hoisted = tuple(hoisted)
        make_closure = self.make_closure
        global_object = realm.global_object
        kind = code.kind
        callee_slot = callee_binding.slot if callee_binding is not None else None
        nparams = len(params)

        def instantiate(func, this, args, new_target):
            """FunctionDeclarationInstantiation: a fresh environment."""
            env = template[:]
            env[0] = func.env
            if this_slot is not None:
                if strict or is_arrow:
                    env[this_slot] = this
                elif this is undefined or this is null:
                    env[this_slot] = global_object
                elif isinstance(this, JSObject) or this is TDZ:
                    env[this_slot] = this
                else:
                    env[this_slot] = to_object(this)
            if func_slot is not None:
                env[func_slot] = func
            if callee_slot is not None:
                env[callee_slot] = func
            if newtarget_slot is not None:
                env[newtarget_slot] = new_target
            if arguments_slot is not None:
                env[arguments_slot] = create_arguments_object(realm, func, args, env,
                                                              mapped_slots, strict)
            if pslots is not None:
                n = len(args)
                if n >= nparams:
                    for i in range(nparams):
                        env[pslots[i]] = args[i]
                else:
                    for i in range(n):
                        env[pslots[i]] = args[i]
            else:
                binder(env, args)
            for slot, fcode in hoisted:
                env[slot] = make_closure(fcode, env)
            return env
        code.instantiate = instantiate

        if kind in ("generator", "async", "async_arrow", "async_generator"):
            self.build_suspendable(code, node, instantiate)
            return

        if expression_body:
            def call_expression(func, this, args):
                agent.budget -= 1
                if agent.budget <= 0:
                    agent.check_limits()
                return body(instantiate(func, this, args, undefined))
            code.call = call_expression
            return

        if kind in ("class_constructor", "derived_constructor"):
            class_name = code.name

            def call_class(func, this, args):
                throw_type_error("class_call", func.function_name or class_name)
            code.call = call_class
        else:
            # Fast path: the common small function (simple params, no
            # arguments object, no hoisted functions) inlines instantiate.
            fast = (pslots is not None and arguments_slot is None and not hoisted
                    and callee_slot is None and newtarget_slot is None)
            sloppy_this = this_slot is not None and not strict and not is_arrow
            if fast:
                def call_fast(func, this, args):
                    env = template[:]
                    env[0] = func.env
                    if this_slot is not None:
                        if sloppy_this and not isinstance(this, JSObject):
                            # OrdinaryCallBindThis in sloppy mode.
                            this = global_object if this is undefined or this is null \
                                else to_object(this)
                        env[this_slot] = this
                    if func_slot is not None:
                        env[func_slot] = func
                    n = len(args)
                    if n >= nparams:
                        for i in range(nparams):
                            env[pslots[i]] = args[i]
                    else:
                        for i in range(n):
                            env[pslots[i]] = args[i]
                    agent.budget -= 1
                    if agent.budget <= 0:
                        agent.check_limits()
                    r = body(env)
                    if r is None:
                        return undefined
                    return r[0]
                code.call = call_fast
            else:
                def call(func, this, args):
                    env = instantiate(func, this, args, undefined)
                    agent.budget -= 1
                    if agent.budget <= 0:
                        agent.check_limits()
                    r = body(env)
                    if r is None:
                        return undefined
                    return r[0]
                code.call = call

        if not code.is_constructor:
            return
        derived = kind == "derived_constructor"

        def construct(func, args, new_target):
            if derived:
                this = TDZ
            else:
                proto = new_target.get("prototype", new_target)
                if not isinstance(proto, JSObject):
                    proto = getattr(new_target, "realm", realm).object_prototype
                this = JSObject(proto)
                if func.fields or func.private_methods:
                    initialize_instance_elements(this, func)
            env = instantiate(func, this, args, new_target)
            agent.budget -= 1
            if agent.budget <= 0:
                agent.check_limits()
            r = body(env)
            if r is not None:
                v = r[0]
                if isinstance(v, JSObject):
                    return v
                if derived and v is not undefined:
                    throw_type_error("derived_return")
            if derived:
                t = env[this_slot] if this_slot is not None else TDZ
                if t is TDZ:
                    throw_reference_error("super_not_called")
                return t
            return this
        code.construct = construct

    def build_suspendable(self, code, node, instantiate):
        from .generators import build_suspendable_function
        build_suspendable_function(self, code, node, instantiate)

    def hoisted_functions(self, stmts, scope):
        """[(slot, FunctionCode)] of top-level function declarations."""
        out = []
        for s in stmts:
            decl = s
            if s["type"] in ("ExportNamedDeclaration", "ExportDefaultDeclaration"):
                decl = s.get("declaration")
                if decl is None:
                    continue
            if decl["type"] == "FunctionDeclaration" and decl.get("id") is not None:
                b = scope.bindings.get(decl["id"]["name"])
                if b is not None and b.slot is not None:
                    out.append((b.slot, self.function_code(decl)))
        return out

    def wrap_var_scope(self, body_scope, body, hoisted):
        """A function body with its own var environment (parameters with
        expressions): vars named like parameters start with their values."""
        fn_scope = body_scope.parent
        copies = []
        for name, b in body_scope.bindings.items():
            pb = fn_scope.bindings.get(name)
            if pb is not None and pb.kind == "param" and b.kind in ("var", "function"):
                copies.append((pb.slot, b.slot))
        inits = ([b.slot for b in body_scope.bindings.values() if b.needs_tdz], [])
        make_closure = self.make_closure
        if body_scope.materialized:
            size = body_scope.nslots
            tdz_slots = inits[0]

            def enter(env):
                e = [undefined] * size
                e[0] = env
                for s in tdz_slots:
                    e[s] = TDZ
                for src, dst in copies:
                    e[dst] = env[src]
                for slot, code in hoisted:
                    e[slot] = make_closure(code, e)
                return body(e)
            return enter
        tdz_slots = inits[0]

        def enter_merged(env):
            for s in tdz_slots:
                env[s] = TDZ
            for src, dst in copies:
                env[dst] = env[src]
            for slot, code in hoisted:
                env[slot] = make_closure(code, env)
            return body(env)
        return enter_merged

    def compile_parameter_binder(self, params):
        """binder(env, args) for non-simple parameter lists."""
        steps = []
        for i, p in enumerate(params):
            if p["type"] == "RestElement":
                target = self.compile_binding_pattern(p["argument"], init=True, source=PARAMETER)
                steps.append(("rest", i, target))
            else:
                target = self.compile_binding_pattern(p, init=True, source=PARAMETER)
                steps.append(("one", i, target))
        steps = tuple(steps)
        realm = self.realm

        def binder(env, args):
            n = len(args)
            for what, i, target in steps:
                if what == "rest":
                    target(env, create_array_from_list(args[i:]))
                else:
                    target(env, args[i] if i < n else undefined)
        return binder

    def method_source(self, member):
        """A method's source text as Function.prototype.toString shows it:
        from its key (with get/set/async/* but without 'static')."""
        text = self.source.slice(member["start"], member["value"]["end"])
        if member.get("static") and text.startswith("static"):
            text = text[len("static"):].lstrip()
        return text

    # -- object literals --------------------------------------------------------------------------

    def property_key(self, prop):
        """(static key or None, key closure or None) of a property/member key."""
        key = prop["key"]
        if prop.get("computed"):
            f = self.expr(key)
            return None, lambda env: to_property_key(f(env))
        t = key["type"]
        if t == "Identifier":
            return key["name"], None
        if t == "PrivateIdentifier":
            return "#" + key["name"], None
        return literal_property_key(key), None

    def compile_object_literal(self, node):
        realm = self.realm
        steps = []
        for p in node["properties"]:
            if p["type"] == "SpreadElement":
                steps.append(("spread", self.expr(p["argument"])))
                continue
            key, key_fn = self.property_key(p)
            kind = p["kind"]
            value = p["value"]
            if kind in ("get", "set"):
                code = self.function_code(value, name=None, kind="method",
                                          source_text=self.method_source(p))
                steps.append((kind, key, key_fn, code))
            elif p.get("method"):
                code = self.function_code(value, name=key if key is not None else "",
                                          kind="method" if not value.get("generator")
                                          and not value.get("async") else None,
                                          source_text=self.method_source(p))
                steps.append(("method", key, key_fn, code))
            elif not p.get("computed") and not p.get("shorthand") and key == "__proto__":
                steps.append(("proto", self.expr(value)))
            else:
                if key_fn is None:
                    f = self.compile_named_expression(value, key)
                    steps.append(("init", key, None, f))
                elif is_anonymous_function_definition(value):
                    steps.append(("init_named", None, key_fn, self.expr(value)))
                else:
                    steps.append(("init", None, key_fn, self.expr(value)))
        steps = tuple(steps)
        make_closure = self.make_closure
        simple = all(s[0] == "init" and s[2] is None for s in steps)
        if simple:
            pairs = tuple((s[1], s[3]) for s in steps)
            # Fast path: only static keys with plain values.

            def object_simple(env):
                o = JSObject(realm.object_prototype)
                props = o.props
                for k, f in pairs:
                    props[k] = f(env)
                return o
            return object_simple

        def object_literal(env):
            o = JSObject(realm.object_prototype)
            props = o.props
            for step in steps:
                what = step[0]
                if what == "init" or what == "init_named":
                    k = step[1] if step[2] is None else step[2](env)
                    v = step[3](env)
                    if what == "init_named" and isinstance(v, JSFunction):
                        set_function_name(v, k)
                    cur = props.get(k)
                    if cur is not None and type(cur) is Prop:
                        o.define_own_property(k, Descriptor(v, writable=True, enumerable=True,
                                                            configurable=True))
                    else:
                        props[k] = v
                elif what == "method":
                    k = step[1] if step[2] is None else step[2](env)
                    f = make_closure(step[3], env)
                    f.home_object = o
                    if step[2] is not None:
                        set_function_name(f, k)
                    o.define_own_property(k, Descriptor(f, writable=True, enumerable=True,
                                                        configurable=True))
                elif what in ("get", "set"):
                    k = step[1] if step[2] is None else step[2](env)
                    f = make_closure(step[3], env)
                    f.home_object = o
                    set_function_name(f, k, what)
                    if what == "get":
                        o.define_own_property(k, Descriptor(get=f, enumerable=True, configurable=True))
                    else:
                        o.define_own_property(k, Descriptor(set=f, enumerable=True, configurable=True))
                elif what == "spread":
                    copy_data_properties(o, step[1](env), ())
                elif what == "proto":
                    v = step[1](env)
                    if isinstance(v, JSObject):
                        o.proto = v
                    elif v is null:
                        o.proto = None
            return o
        return object_literal

    # -- super ------------------------------------------------------------------------------------

    def compile_super_member(self, node):
        func_read = self.compile_read(self.ref(node["object"], "%func"), node)
        this_read = self.compile_read(self.ref(node["object"], "%this"), node)
        key, key_fn = self.member_key(node)
        site = self.site(node)

        def super_get(env):
            try:
                this = this_read(env)
                k = key if key_fn is None else to_property_key(key_fn(env))
                home = func_read(env).home_object
                proto = home.get_prototype_of()
                if proto is None:
                    throw_type_error("read_prop_of", "null", key_to_display(k))
                return proto.get(k, this)
            except JSThrow as e:
                annotate(e, site)
                raise
        return super_get

    def compile_super_call(self, node):
        callee = node["callee"]
        func_read = self.compile_read(self.ref(callee, "%func"), node)
        nt_read = self.compile_read(self.ref(callee, "%newtarget"), node)
        this_ref = self.ref(callee, "%this")
        up = self.make_env_getter(this_ref.hops)
        this_slot = this_ref.slot
        args = self.compile_arguments(node["arguments"])
        site = self.site(node)
        stack = self.agent.call_stack

        def super_call(env):
            func = func_read(env)
            new_target = nt_read(env)
            parent = func.get_prototype_of()
            a = args(env)
            try:
                if not is_constructor(parent):
                    throw_type_error("super_non_constructor", _display_ctor(parent))
                stack.append((site, parent, NEW))
                try:
                    result = parent.construct(a, new_target)
                finally:
                    stack.pop()
                e = up(env)
                if e[this_slot] is not TDZ:
                    throw_reference_error("super_called_twice")
                e[this_slot] = result
                if func.fields or func.private_methods:
                    initialize_instance_elements(result, func)
            except JSThrow as ex:
                annotate(ex, site)
                raise
            return result
        return super_call

    # -- private names ----------------------------------------------------------------------------

    def private_name_reader(self, node):
        """env -> PrivateName for a PrivateIdentifier node."""
        return self.compile_read(self.ref(node, "#" + node["name"]), node)

    def compile_private_get(self, member):
        pn_read = self.private_name_reader(member["property"])
        site = self.site(member, member["property"]["start"])

        def pget(env, o):
            try:
                return private_get(o, pn_read(env))
            except JSThrow as e:
                annotate(e, site)
                raise
        return pget

    def compile_private_set(self, member):
        pn_read = self.private_name_reader(member["property"])
        site = self.site(member, member["property"]["start"])

        def pset(env, o, value):
            try:
                private_set(o, pn_read(env), value)
            except JSThrow as e:
                annotate(e, site)
                raise
        return pset

    def compile_private_member(self, node):
        obj = self.expr(node["object"])
        pget = self.compile_private_get(node)
        optional = node.get("optional")

        def private_member(env):
            o = obj(env)
            if optional and (o is undefined or o is null):
                from .expressions import SHORT_CIRCUIT
                raise SHORT_CIRCUIT
            return pget(env, o)
        return private_member

    def compile_private_in(self, node):
        pn_read = self.private_name_reader(node["left"])
        right = self.expr(node["right"])
        site = self.site(node)

        def private_in(env):
            pn = pn_read(env)
            o = right(env)
            if not isinstance(o, JSObject):
                try:
                    throw_type_error("private_in_non_object", pn.description,
                                     to_string(o) if type(o) is not JSSymbol else o.descriptive_string())
                except JSThrow as e:
                    annotate(e, site)
                    raise
            d = private_elements(o)
            return d is not None and pn in d
        return private_in

    # -- classes ----------------------------------------------------------------------------------

    def compile_class(self, node, name=None):
        """ClassDefinitionEvaluation (https://tc39.es/ecma262/#sec-runtime-semantics-classdefinitionevaluation)."""
        realm = self.realm
        class_name = node["id"]["name"] if node.get("id") is not None else (name or "")
        prev_scope = self.scope
        cscope = self.scope_of(node)
        self.scope = cscope
        try:
            heritage = self.expr(node["superClass"]) if node.get("superClass") is not None else None
            members = node["body"]["body"]
            ctor_node = None
            for m in members:
                if m["type"] == "MethodDefinition" and m["kind"] == "constructor":
                    ctor_node = m
            source_text = self.source.slice(node["start"], node["end"])
            ctor_kind = "derived_constructor" if heritage is not None else "class_constructor"
            if ctor_node is not None:
                ctor_code = self.function_code(ctor_node["value"], name=class_name, kind=ctor_kind,
                                               source_text=source_text)
            else:
                ctor_code = self.default_constructor_code(class_name, ctor_kind, source_text)
            elements = []
            for m in members:
                t = m["type"]
                if m is ctor_node:
                    continue
                is_static = bool(m.get("static"))
                if t == "MethodDefinition":
                    key, key_fn = self.property_key(m)
                    private = m["key"]["type"] == "PrivateIdentifier"
                    pn_read = self.private_name_reader(m["key"]) if private else None
                    fname = key if key is not None else ""
                    code = self.function_code(m["value"], name=fname if not private else key,
                                              kind="method" if not m["value"].get("generator")
                                              and not m["value"].get("async") else None,
                                              source_text=self.method_source(m))
                    if code.kind == "normal":
                        code.kind = "method"
                    elements.append(("method", m["kind"], is_static, key, key_fn, pn_read, code))
                elif t in ("PropertyDefinition", "FieldDefinition"):
                    key, key_fn = self.property_key(m)
                    private = m["key"]["type"] == "PrivateIdentifier"
                    pn_read = self.private_name_reader(m["key"]) if private else None
                    init_code = None
                    if m.get("value") is not None:
                        init_code = self.field_initializer_code(m, key)
                    elements.append(("field", None, is_static, key, key_fn, pn_read, init_code))
                elif t == "StaticBlock":
                    code = self.static_block_code(m)
                    elements.append(("static_block", None, True, None, None, None, code))
            private_slots = [(b.slot, name_) for name_, b in cscope.bindings.items()
                             if b.kind == "private"]
            inner_binding = cscope.bindings.get(class_name) if node.get("id") is not None else None
            inner_slot = inner_binding.slot if inner_binding is not None else None
        finally:
            self.scope = prev_scope
        elements = tuple(elements)
        materialized = cscope.materialized
        size = cscope.nslots
        make_closure = self.make_closure
        site = self.site(node)
        private_kinds = {}
        for el in elements:
            if el[5] is not None:
                pname = el[3]
                if el[0] == "method":
                    private_kinds[pname] = "method" if el[1] == "method" else "accessor"
                else:
                    private_kinds[pname] = "field"

        def define_class(env):
            if materialized:
                cenv = [undefined] * size
                cenv[0] = env
            else:
                cenv = env
            if inner_slot is not None:
                cenv[inner_slot] = TDZ
            for slot, pname in private_slots:
                cenv[slot] = PrivateName(pname, private_kinds.get(pname, "field"),
                                         class_name=class_name)
            if heritage is None:
                proto_parent = realm.object_prototype
                ctor_parent = realm.function_prototype
            else:
                try:
                    superclass = heritage(cenv)
                    if superclass is null:
                        proto_parent = None
                        ctor_parent = realm.function_prototype
                    elif not is_constructor(superclass):
                        throw_type_error("extends_not_constructor", _display_value(superclass))
                    else:
                        proto_parent = superclass.get("prototype", superclass)
                        if proto_parent is null:
                            proto_parent = None
                        elif not isinstance(proto_parent, JSObject):
                            throw_type_error("proto_not_object", _display_value(proto_parent))
                        ctor_parent = superclass
                except JSThrow as e:
                    annotate(e, site)
                    raise
            proto = JSObject(proto_parent)
            F = ScriptFunction(realm, ctor_code, cenv, ctor_parent, class_name)
            F.home_object = proto
            F.props["prototype"] = Prop(proto, False, False, False)
            proto.props["constructor"] = Prop(F, True, False, True)
            instance_fields = []
            static_elements = []
            instance_private_methods = []
            for what, mkind, is_static, key, key_fn, pn_read, code in elements:
                target = F if is_static else proto
                if what == "method":
                    k = key if key_fn is None else key_fn(cenv)
                    f = make_closure(code, cenv)
                    f.home_object = target
                    if pn_read is not None:
                        pn = pn_read(cenv)
                        pn.is_static = is_static
                        if mkind == "method":
                            pn.kind = "method"
                            pn.value = f
                            set_function_name(f, pn.description)
                        elif mkind == "get":
                            pn.kind = "accessor"
                            pn.getter = f
                            set_function_name(f, pn.description, "get")
                        else:
                            pn.kind = "accessor"
                            pn.setter = f
                            set_function_name(f, pn.description, "set")
                        if is_static:
                            if ("private_method", pn) not in static_elements:
                                static_elements.append(("private_method", pn))
                        elif pn not in instance_private_methods:
                            instance_private_methods.append(pn)
                        continue
                    if mkind == "method":
                        if key_fn is not None:
                            set_function_name(f, k)
                        target.define_own_property(k, Descriptor(f, writable=True, enumerable=False,
                                                                 configurable=True))
                    else:
                        set_function_name(f, k, mkind)
                        if mkind == "get":
                            target.define_own_property(k, Descriptor(get=f, enumerable=False,
                                                                     configurable=True))
                        else:
                            target.define_own_property(k, Descriptor(set=f, enumerable=False,
                                                                     configurable=True))
                elif what == "field":
                    if pn_read is not None:
                        k = pn_read(cenv)
                    else:
                        k = key if key_fn is None else key_fn(cenv)
                    init = None
                    if code is not None:
                        init = make_closure(code, cenv)
                        init.home_object = target
                        init.function_name = "" if not isinstance(k, str) else k
                    field = ClassField(k, init)
                    if is_static:
                        static_elements.append(("field", field))
                    else:
                        instance_fields.append(field)
                else:
                    f = make_closure(code, cenv)
                    f.home_object = F
                    static_elements.append(("block", f))
            F.fields = instance_fields
            F.private_methods = instance_private_methods
            if inner_slot is not None:
                cenv[inner_slot] = F
            for what, item in static_elements:
                if what == "private_method":
                    private_add(F, item, item.value)
            for what, item in static_elements:
                if what == "field":
                    init = item.initializer
                    value = undefined if init is None else init.call(F, [])
                    if type(item.key) is PrivateName:
                        private_add(F, item.key, value)
                    else:
                        define_property_or_throw(F, item.key, Descriptor(
                            value, writable=True, enumerable=True, configurable=True))
                elif what == "block":
                    item.call(F, [])
            return F
        return define_class

    def default_constructor_code(self, class_name, kind, source_text):
        """The constructor of a class without one: empty, or forwarding all
        arguments to the parent for a derived class."""
        code = FunctionCode(self.realm, class_name, kind, True, 0, source_text)
        realm = self.realm
        stack = self.agent.call_stack

        def call(func, this, args):
            throw_type_error("class_call", func.function_name or class_name)
        code.call = call

        def construct(func, args, new_target):
            if kind == "derived_constructor":
                parent = func.get_prototype_of()
                if not is_constructor(parent):
                    throw_type_error("super_non_constructor", _display_ctor(parent))
                result = parent.construct(args, new_target)
            else:
                proto = new_target.get("prototype", new_target)
                if not isinstance(proto, JSObject):
                    proto = realm.object_prototype
                result = JSObject(proto)
            if func.fields or func.private_methods:
                initialize_instance_elements(result, func)
            return result
        code.construct = construct
        return code

    def field_initializer_code(self, member, key):
        """A field initializer runs like a method with the instance as this."""
        scope = self.scope_of(member)
        value = member["value"]
        code = FunctionCode(self.realm, key if isinstance(key, str) else "", "class_field", True, 0,
                            self.source.slice(value["start"], value["end"]))
        prev_scope, prev_fn = self.scope, self.fn
        self.scope = scope
        self.fn = FunctionContext(scope, "<instance_members_initializer>", "class_field", prev_fn)
        try:
            if is_anonymous_function_definition(value) and not member.get("computed") \
                    and member["key"]["type"] != "PrivateIdentifier":
                expr = self.compile_named_expression(value, key)
            elif is_anonymous_function_definition(value) and member["key"]["type"] == "PrivateIdentifier":
                expr = self.compile_named_expression(value, "#" + member["key"]["name"])
            else:
                expr = self.expr(value)
        finally:
            self.scope, self.fn = prev_scope, prev_fn
        self._finish_method_like(code, scope, lambda env: (expr(env),))
        return code

    def static_block_code(self, member):
        scope = self.scope_of(member)
        code = FunctionCode(self.realm, "", "class_field", True, 0, "")
        prev_scope, prev_fn = self.scope, self.fn
        self.scope = scope
        self.fn = FunctionContext(scope, "<static_initializer>", "class_field", prev_fn)
        try:
            hoisted = self.hoisted_functions(member["body"], scope)
            body = self.compile_statements(member["body"])
        finally:
            self.scope, self.fn = prev_scope, prev_fn
        self._finish_method_like(code, scope, body, hoisted)
        return code

    def _finish_method_like(self, code, scope, body, hoisted=()):
        """call() for field initializers and static blocks: a method with no
        parameters whose this is the instance (or the class)."""
        bindings = scope.bindings
        template = [undefined] * scope.nslots
        for b in bindings.values():
            if b.needs_tdz and b.slot is not None:
                template[b.slot] = TDZ
        this_slot = bindings["%this"].slot if "%this" in bindings else None
        func_slot = bindings["%func"].slot if "%func" in bindings else None
        nt_slot = bindings["%newtarget"].slot if "%newtarget" in bindings else None
        make_closure = self.make_closure
        hoisted = tuple(hoisted)

        def call(func, this, args):
            env = template[:]
            env[0] = func.env
            if this_slot is not None:
                env[this_slot] = this
            if func_slot is not None:
                env[func_slot] = func
            if nt_slot is not None:
                env[nt_slot] = undefined
            for slot, fcode in hoisted:
                env[slot] = make_closure(fcode, env)
            r = body(env)
            return undefined if r is None else r[0]
        code.call = call
        code.is_constructor = False
        code.needs_prototype = False


def literal_property_key(key):
    """The property key a literal in key position denotes ({1e3: x},
    {null: x}, {"a": x}, {1n: x})."""
    v = key.get("value")
    if isinstance(v, str):
        return v
    if key.get("bigint") is not None:
        text = key["bigint"].replace("_", "")
        return str(int(text, 0) if text[:2].lower() in ("0x", "0o", "0b") else int(text))
    if v is None:
        return "null"
    if v is True or v is False:
        return "true" if v else "false"
    return to_property_key(float(v))


def set_function_name(f, key, prefix=None):
    """SetFunctionName (https://tc39.es/ecma262/#sec-setfunctionname)."""
    if type(key) is JSSymbol:
        d = key.description
        name = "" if d is undefined else "[" + d + "]"
    elif type(key) is PrivateName:
        name = key.description
    else:
        name = key
    if prefix:
        name = prefix + " " + name
    if "props" in f.__class__.__dict__ or _props_materialized(f):
        f.define_own_property("name", Descriptor(name, writable=False, enumerable=False,
                                                 configurable=True))
    else:
        f.function_name = name


def _props_materialized(f):
    try:
        object.__getattribute__(f, "props")
        return True
    except AttributeError:
        return False


def _display_ctor(v):
    if isinstance(v, JSObject):
        return getattr(v, "function_name", None) or "Object"
    return to_string(v) if type(v) is not JSSymbol else v.descriptive_string()


def _display_value(v):
    from ..runtime.object_operations import no_side_effects_to_string
    return no_side_effects_to_string(v)
