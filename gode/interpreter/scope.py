"""The resolver pass: scope analysis before compilation (jlox's Resolver).

Given a Program (or a function body for ``new Function``, or eval code with
the caller's scope chain), it

1. builds the tree of :class:`Scope` objects (function, block, catch, class,
   with, ...) and hoists declarations into them (var to the function,
   let/const/class to the block, Annex B functions in blocks);
2. resolves every identifier reference to its :class:`Binding`, or to the
   global object when nothing declares it;
3. marks bindings captured by closures, and *materializes* only the scopes
   that need their own runtime environment: a function scope always; a block
   scope only when one of its bindings is captured (otherwise its bindings
   become extra slots of the enclosing environment);
4. gives each binding a slot and each reference a :class:`Ref`, so compiled
   code reads a variable as ``env[0]...[0][slot]`` with a fixed depth.

Runtime environments are Python lists: ``env[0]`` is the parent environment,
slots start at 1.  ``this``, ``new.target``, the running function object and
``arguments`` are pseudo-bindings (``%this``, ``%newtarget``, ``%func``,
``arguments``) declared on demand by the nearest non-arrow function, so arrow
functions capture them like any variable.

Only ``with`` and sloppy-mode direct ``eval`` make references dynamic, and
only the references that can see them (:class:`Ref` kind ``"dynamic"``).

The pass never mutates the tree (trees are shared through the parse cache):
results are keyed by ``id(node)``.
"""

__all__ = ["Scope", "Binding", "Ref", "Resolver", "bound_names"]

LEXICAL_KINDS = frozenset(("let", "const", "class"))


class Binding:
    __slots__ = ("name", "kind", "scope", "slot", "captured", "decl_end", "annex_b_var")

    def __init__(self, name, kind, scope, decl_end=-1):
        self.name = name
        #: 'var', 'let', 'const', 'class', 'function', 'param', 'catch',
        #: 'callee' (own name of a function expression), 'arguments', 'pseudo',
        #: 'class_inner' (a class's own name inside it), 'private'
        self.kind = kind
        self.scope = scope
        self.slot = None
        self.captured = False
        self.decl_end = decl_end
        self.annex_b_var = None

    @property
    def needs_tdz(self):
        return self.kind in ("let", "const", "class", "class_inner") or \
            (self.kind == "param" and self.decl_end >= 0) or \
            (self.name == "%this" and self.scope.is_derived_ctor)

    @property
    def immutable(self):
        return self.kind in ("const", "class_inner", "callee")

    def __repr__(self):
        return f"<Binding {self.kind} {self.name} slot={self.slot}>"


class Ref:
    """How compiled code reaches a name.

    kind 'local': ``hops`` parent links from the current environment, then
    ``slot``; ``binding`` says what it is (TDZ, const...), ``check_tdz``
    whether the read must test for an uninitialized binding.
    kind 'global': the global declarative record, then the global object.
    kind 'dynamic': ``checks`` is a list of (what, hops, slot) consulted first
    ('with' objects and 'evalvars' dicts, innermost first), then ``fallback``.
    """
    __slots__ = ("kind", "name", "hops", "slot", "binding", "check_tdz", "checks", "fallback")

    def __init__(self, kind, name, hops=0, slot=0, binding=None, check_tdz=False,
                 checks=None, fallback=None):
        self.kind = kind
        self.name = name
        self.hops = hops
        self.slot = slot
        self.binding = binding
        self.check_tdz = check_tdz
        self.checks = checks
        self.fallback = fallback

    def __repr__(self):
        if self.kind == "local":
            return f"<Ref {self.name} hops={self.hops} slot={self.slot}>"
        return f"<Ref {self.kind} {self.name}>"


class Scope:
    """A static scope.  ``kind``: 'script', 'module', 'function', 'block',
    'catch', 'class', 'with', 'eval', 'switch', 'for'."""

    def __init__(self, kind, parent, node=None, strict=False, is_arrow=False):
        self.kind = kind
        self.parent = parent
        self.node = node
        self.strict = strict
        self.is_arrow = is_arrow
        self.bindings = {}
        self.children = []
        #: The scope whose runtime environment holds this scope's slots.
        self.host = None
        self.materialized = kind in ("function", "module", "eval_strict", "class_field")
        #: Slot names of a materialized scope (index 0 is the parent link).
        self.nslots = 1
        self.has_direct_eval = False
        #: A sloppy function whose direct eval may add var bindings at run time.
        self.has_eval_vars = False
        self.eval_vars_binding = None
        self.is_function_boundary = kind in ("function", "script", "module", "eval", "class_field")
        self.func = self if self.is_function_boundary else (parent.func if parent else self)
        self.with_binding = None
        self.is_class_field = False
        self.is_derived_ctor = False
        self.is_method = False
        #: A function whose parameters have initializers (its body has its
        #: own var scope; eval in a parameter may not declare 'arguments').
        self.param_expressions = False
        if parent is not None:
            parent.children.append(self)

    def __repr__(self):
        return f"<Scope {self.kind} {list(self.bindings)}>"

    def declare(self, name, kind, decl_end=-1):
        b = self.bindings.get(name)
        if b is not None:
            # Redeclaration (var twice, or function over var): keep one binding;
            # a function declaration makes the binding a function.
            if kind == "function" and b.kind in ("var", "function"):
                b.kind = "function"
            return b
        b = Binding(name, kind, self, decl_end)
        self.bindings[name] = b
        return b


def bound_names(pattern, out=None):
    """BoundNames of a binding pattern, in source order."""
    if out is None:
        out = []
    if pattern is None:
        return out
    t = pattern["type"]
    if t == "Identifier":
        out.append(pattern["name"])
    elif t == "ObjectPattern":
        for p in pattern["properties"]:
            if p["type"] == "RestElement":
                bound_names(p["argument"], out)
            else:
                bound_names(p["value"], out)
    elif t == "ArrayPattern":
        for e in pattern["elements"]:
            if e is not None:
                bound_names(e, out)
    elif t == "RestElement":
        bound_names(pattern["argument"], out)
    elif t == "AssignmentPattern":
        bound_names(pattern["left"], out)
    return out


def _is_strict_body(body):
    for stmt in body:
        if stmt["type"] == "ExpressionStatement" and stmt.get("directive") is not None:
            if stmt["directive"] in ("use strict",):
                return True
            continue
        if stmt["type"] == "ExpressionStatement" and stmt["expression"]["type"] == "Literal" \
                and isinstance(stmt["expression"].get("value"), str) and stmt.get("directive"):
            continue
        break
    return False


def is_simple_parameter_list(params):
    return all(p["type"] == "Identifier" for p in params)


FUNCTION_TYPES = frozenset(("FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression"))


class Resolver:
    """Runs the pass; results are ``scopes`` (id(node) -> Scope for every
    scope-making node) and ``refs`` ((id(node), name) -> Ref for every
    Identifier reference, and for the pseudo-names a ThisExpression,
    MetaProperty or Super node uses)."""

    def __init__(self):
        self.scopes = {}
        self.refs = {}
        self._pending = []  # (node, scope, name) references to resolve
        self.function_scopes = []
        self.eval_scopes = []  # scopes containing a direct eval call
        self.synthetic_blocks = {}

    # -- entry points ----------------------------------------------------------------

    def resolve_script(self, program, strict=False):
        scope = Scope("script", None, program, strict or _is_strict_body(program["body"]))
        self.scopes[id(program)] = scope
        self._hoist_function_body(program["body"], scope, top_level_global=True)
        self._visit_statements(program["body"], scope)
        self._finish()
        return scope

    def resolve_function_program(self, func_node, strict=False):
        """A Program whose single statement is the function (``new Function``
        and the CommonJS wrapper): the function resolves against the global scope."""
        return self.resolve_script(func_node, strict)

    def resolve_eval(self, program, caller_scope, strict):
        """Direct eval code: resolved against the caller's static scope chain."""
        strict = strict or _is_strict_body(program["body"])
        kind = "eval_strict" if strict else "eval"
        scope = Scope("eval" if not strict else "eval_strict", caller_scope, program, strict)
        scope.is_function_boundary = strict
        scope.func = scope if strict else caller_scope.func
        scope.materialized = True
        self.scopes[id(program)] = scope
        self._hoist_function_body(program["body"], scope, eval_sloppy=not strict)
        if not strict and caller_scope.kind == "function" and caller_scope.param_expressions:
            # Eval in a parameter initializer may not declare a var named like
            # a parameter, nor 'arguments' in a non-arrow function.
            for name, b in scope.bindings.items():
                if b.kind not in ("eval_var", "eval_function"):
                    continue
                param = caller_scope.bindings.get(name)
                if (param is not None and param.kind == "param") or \
                        (name == "arguments" and not caller_scope.is_arrow):
                    from .parser import ParseError
                    raise ParseError(f"Identifier '{name}' has already been declared",
                                     program["start"])
        if not strict:
            # A var the calling function already declares is that binding;
            # one that a let/const/class between here and there declares is
            # an early error (EvalDeclarationInstantiation step 3).
            for name, b in list(scope.bindings.items()):
                if b.kind not in ("eval_var", "eval_function"):
                    continue
                s = caller_scope
                while s is not None:
                    existing = s.bindings.get(name)
                    if existing is not None and (existing.kind in LEXICAL_KINDS or
                                                 existing.kind in ("class_inner", "block_function")):
                        from .parser import ParseError
                        raise ParseError(f"Identifier '{name}' has already been declared",
                                         program["start"])
                    if existing is not None and existing.kind in ("var", "function", "param",
                                                                  "arguments"):
                        del scope.bindings[name]
                        break
                    if s is caller_scope.func:
                        break
                    s = s.parent
        self._visit_statements(program["body"], scope)
        self._finish()
        return scope

    # -- hoisting --------------------------------------------------------------------

    def _hoist_function_body(self, body, scope, top_level_global=False, eval_sloppy=False):
        """Declare the VarScopedDeclarations and top-level lexical declarations
        of a function/script body in ``scope``."""
        var_kind = "global_var" if top_level_global else "var"
        if eval_sloppy:
            var_kind = "eval_var"
        for stmt in body:
            self._hoist_vars(stmt, scope, var_kind, top=True)
        self._hoist_lexical(body, scope, top_level=True,
                            global_lex=top_level_global)

    def _hoist_vars(self, node, scope, var_kind, top=False):
        """Declare var bindings found anywhere in ``node`` except nested functions."""
        t = node["type"]
        if t == "VariableDeclaration":
            if node["kind"] == "var":
                for d in node["declarations"]:
                    for name in bound_names(d["id"]):
                        scope.declare(name, var_kind)
            return
        if t == "FunctionDeclaration":
            if top:
                scope.declare(node["id"]["name"], "global_function" if var_kind == "global_var"
                              else ("eval_function" if var_kind == "eval_var" else "function"))
            return
        if t in ("IfStatement",):
            self._hoist_vars(self.if_body(node["consequent"]), scope, var_kind)
            if node.get("alternate"):
                self._hoist_vars(self.if_body(node["alternate"]), scope, var_kind)
        elif t in ("ForStatement",):
            if node.get("init") and node["init"]["type"] == "VariableDeclaration":
                self._hoist_vars(node["init"], scope, var_kind)
            self._hoist_vars(node["body"], scope, var_kind)
        elif t in ("ForInStatement", "ForOfStatement"):
            if node["left"]["type"] == "VariableDeclaration":
                self._hoist_vars(node["left"], scope, var_kind)
            self._hoist_vars(node["body"], scope, var_kind)
        elif t in ("WhileStatement", "DoWhileStatement", "LabeledStatement", "WithStatement"):
            self._hoist_vars(node["body"], scope, var_kind)
        elif t == "BlockStatement":
            for s in node["body"]:
                self._hoist_vars(s, scope, var_kind)
        elif t == "TryStatement":
            self._hoist_vars(node["block"], scope, var_kind)
            if node.get("handler"):
                self._hoist_vars(node["handler"]["body"], scope, var_kind)
            if node.get("finalizer"):
                self._hoist_vars(node["finalizer"], scope, var_kind)
        elif t == "SwitchStatement":
            for case in node["cases"]:
                for s in case["consequent"]:
                    self._hoist_vars(s, scope, var_kind)
        elif t in ("ExportNamedDeclaration", "ExportDefaultDeclaration"):
            decl = node.get("declaration")
            if decl is not None:
                self._hoist_vars(decl, scope, var_kind, top)

    def _declare_lexical(self, scope, name, kind, node, decl_end=-1):
        """Declare a let/const/class name; a second declaration of the name
        in the same scope (or a clash with a var or parameter there) is an
        early error."""
        existing = scope.bindings.get(name)
        if existing is not None:
            sloppy_functions = (kind == "function" and existing.kind == "block_function"
                                and not scope.strict)
            if not sloppy_functions:
                from .parser import ParseError
                raise ParseError(f"Identifier '{name}' has already been declared",
                                 node.get("start", 0))
        return scope.declare(name, kind, decl_end)

    def _hoist_lexical(self, statements, scope, top_level=False, global_lex=False):
        """Declare let/const/class (and, in blocks, function) declarations of
        one statement list in ``scope``."""
        for stmt in statements:
            t = stmt["type"]
            if t in ("ExportNamedDeclaration", "ExportDefaultDeclaration"):
                decl = stmt.get("declaration")
                if decl is None or decl["type"] not in ("VariableDeclaration", "ClassDeclaration",
                                                        "FunctionDeclaration"):
                    continue
                stmt, t = decl, decl["type"]
            if t == "VariableDeclaration" and stmt["kind"] in ("let", "const"):
                for d in stmt["declarations"]:
                    for name in bound_names(d["id"]):
                        self._declare_lexical(scope, name, "global_lex" if global_lex
                                              else stmt["kind"], d, d["end"])
            elif t == "ClassDeclaration" and stmt.get("id"):
                self._declare_lexical(scope, stmt["id"]["name"], "global_lex" if global_lex
                                      else "class", stmt, stmt["end"])
            elif t == "FunctionDeclaration" and not top_level:
                b = self._declare_lexical(scope, stmt["id"]["name"], "function", stmt)
                b.kind = "block_function"
                if not scope.strict and not stmt.get("generator") and not stmt.get("async"):
                    self._annex_b(stmt, scope, b)

    def _annex_b(self, stmt, block_scope, binding):
        """Annex B.3.3: a sloppy function declared in a block is also a var of
        the enclosing function, unless that would conflict with a lexical
        declaration or a parameter name."""
        name = binding.name
        s = block_scope.parent
        while s is not None and not s.is_function_boundary:
            b = s.bindings.get(name)
            # A var may redeclare a catch parameter (B.3.4), not a lexical name.
            if b is not None and (b.kind in LEXICAL_KINDS or b.kind == "block_function"):
                return
            s = s.parent
        if s is None:
            return
        existing = s.bindings.get(name)
        if existing is not None and existing.kind in ("let", "const", "class", "global_lex", "param"):
            return
        kind = {"script": "global_var", "eval": "eval_var"}.get(s.kind, "var")
        var_binding = s.declare(name, kind)
        binding.annex_b_var = var_binding

    # -- references --------------------------------------------------------------------

    def _ref(self, node, scope, name):
        self._pending.append((node, scope, name))

    def _finish(self):
        pending = self._pending
        self._pending = []
        resolved = []
        for node, scope, name in pending:
            resolved.append((node, scope, name, self._lookup(scope, name, node)))
        for s in self.eval_scopes:
            # Eval code may reach anything in the chain: keep every binding alive.
            p = s
            while p is not None:
                for b in p.bindings.values():
                    b.captured = True
                p = p.parent
        self._allocate()
        for node, scope, name, found in resolved:
            self.refs[(id(node), name)] = self._make_ref(scope, name, found, node)

    def _lookup(self, scope, name, node):
        """Find the binding for ``name`` from ``scope``; declare pseudo-bindings
        on demand.  Marks capture when a function boundary is crossed."""
        s = scope
        crossed = False
        while s is not None:
            b = s.bindings.get(name)
            if b is None and name[0] == "%" or (b is None and name == "arguments"):
                b = self._implicit(s, name)
            if b is not None:
                if crossed:
                    b.captured = True
                return b
            if crossed and s.with_binding is not None:
                # A closure inside a with block keeps its object environment.
                s.with_binding.captured = True
            if s.is_function_boundary and s.kind not in ("eval",):
                crossed = True
            s = s.parent
        return None

    def _implicit(self, s, name):
        """Pseudo-bindings: declared by non-arrow functions (and top levels).
        Never into a scope whose slots are already given out (a caller's
        scope seen from eval code): its environments exist already."""
        if s.host is not None and name not in s.bindings:
            return None
        if s.kind in ("function", "class_field") and not s.is_arrow:
            if name == "arguments":
                if s.is_class_field:
                    return None
                return s.declare("arguments", "arguments")
            if name in ("%this", "%newtarget", "%func"):
                return s.declare(name, "pseudo")
        if s.kind == "module" and name in ("%this", "%newtarget"):
            return s.declare(name, "pseudo")
        if s.kind == "eval_strict" and name in ("%this",):
            return None
        return None

    def _make_ref(self, scope, name, binding, node):
        checks = []
        # Dynamic contexts between the reference and its binding (never for
        # pseudo-bindings such as %this or private names: no object or eval
        # can hold those).
        s = scope if name[0] not in "%#" else None
        while s is not None and (binding is None or s is not binding.scope):
            if s.with_binding is not None:
                checks.append(("with", s.with_binding))
            if s.has_eval_vars and s.eval_vars_binding is not None:
                checks.append(("evalvars", s.eval_vars_binding))
            s = s.parent
        if binding is not None and binding.kind in ("eval_var", "eval_function"):
            # A var of sloppy eval code lives in its function's %evalvars dict,
            # or on the global object when eval was called at the top level.
            func = binding.scope.func
            base = Ref("global", name)
            if func.kind == "script" or func.eval_vars_binding is None:
                return base
            h, sl = self._address(scope, func.eval_vars_binding)
            return Ref("dynamic", name, checks=[("evalvars", h, sl)], fallback=base)
        if binding is None or binding.kind in ("global_var", "global_lex", "global_function"):
            base = Ref("global", name, binding=binding)
        else:
            hops, slot = self._address(scope, binding)
            check_tdz = binding.needs_tdz
            if check_tdz and not binding.scope.kind == "switch" and binding.decl_end >= 0 \
                    and node is not None and node.get("start", -1) > binding.decl_end \
                    and self._same_closure(scope, binding.scope):
                # Read after the declaration in the same function: a loop
                # that re-enters the block runs the declaration again first.
                check_tdz = False
            base = Ref("local", name, hops, slot, binding, check_tdz)
        if checks:
            resolved = []
            for what, b in checks:
                h, sl = self._address(scope, b)
                resolved.append((what, h, sl))
            return Ref("dynamic", name, checks=resolved, fallback=base)
        return base

    def _same_closure(self, scope, decl_scope):
        s = scope
        while s is not None and s is not decl_scope:
            if s.is_function_boundary:
                return False
            s = s.parent
        return s is decl_scope

    def _address(self, scope, binding):
        """(hops, slot) from the runtime environment of ``scope`` to ``binding``."""
        target = binding.scope.host
        env = scope.host
        hops = 0
        s = env
        while s is not target:
            if s is None:
                raise AssertionError(f"unreachable binding {binding!r}")
            hops += 1
            s = self._parent_env(s)
        return hops, binding.slot

    @staticmethod
    def _parent_env(materialized_scope):
        p = materialized_scope.parent
        while p is not None and not p.materialized:
            p = p.parent
        return p

    def _allocate(self):
        """Decide which scopes get their own environment and give slots."""
        order = []

        def walk(s):
            order.append(s)
            for c in s.children:
                walk(c)
        roots = {id(s): s for s in self.scopes.values() if s.parent is None or s.kind in ("eval", "eval_strict")}
        for s in roots.values():
            walk(s)
        for s in order:
            if s.host is not None:
                continue  # already allocated (caller scopes of eval code)
            if s.kind in ("block", "catch", "class", "with", "switch", "for") and not s.materialized:
                if any(b.captured for b in s.bindings.values()):
                    s.materialized = True
            if s.kind == "script":
                s.materialized = True
            if s.materialized:
                s.host = s
            else:
                p = s.parent
                while not p.materialized:
                    p = p.parent
                s.host = p.host
            host = s.host
            for b in s.bindings.values():
                if b.slot is None and b.kind not in ("global_var", "global_lex", "global_function",
                                                     "eval_var", "eval_function"):
                    b.slot = host.nslots
                    host.nslots += 1

    # -- statements ------------------------------------------------------------------

    def _visit_statements(self, statements, scope):
        for s in statements:
            self._stmt(s, scope)

    def _block_scope(self, node, statements, scope, kind="block"):
        """A scope for a statement list when it declares something lexical."""
        needs = False
        for s in statements:
            t = s["type"]
            if (t == "VariableDeclaration" and s["kind"] != "var") or t in ("ClassDeclaration", "FunctionDeclaration"):
                needs = True
                break
        if not needs and kind != "switch":
            return scope
        if not needs:
            return scope
        bs = Scope(kind, scope, node, scope.strict)
        self.scopes[id(node)] = bs
        self._hoist_lexical(statements, bs)
        return bs

    def _stmt(self, node, scope):
        t = node["type"]
        m = getattr(self, "_s_" + t, None)
        if m is None:
            raise NotImplementedError(f"resolver: statement {t}")
        m(node, scope)

    def _s_ExpressionStatement(self, node, scope):
        self._expr(node["expression"], scope)

    def _s_EmptyStatement(self, node, scope):
        pass

    def _s_DebuggerStatement(self, node, scope):
        pass

    def _s_BlockStatement(self, node, scope):
        bs = self._block_scope(node, node["body"], scope)
        self._visit_statements(node["body"], bs)

    def _s_StaticBlock(self, node, scope):
        self._s_BlockStatement(node, scope)

    def _s_VariableDeclaration(self, node, scope):
        for d in node["declarations"]:
            self._pattern(d["id"], scope, declaring=True)
            if d.get("init") is not None:
                self._expr(d["init"], scope)

    def _s_FunctionDeclaration(self, node, scope):
        self._ref(node["id"], scope, node["id"]["name"])
        self._function(node, scope)

    def _s_ClassDeclaration(self, node, scope):
        self._ref(node["id"], scope, node["id"]["name"])
        self._class(node, scope)

    def _s_ReturnStatement(self, node, scope):
        if node.get("argument") is not None:
            self._expr(node["argument"], scope)

    def _s_IfStatement(self, node, scope):
        self._expr(node["test"], scope)
        self._stmt(self.if_body(node["consequent"]), scope)
        if node.get("alternate") is not None:
            self._stmt(self.if_body(node["alternate"]), scope)

    def if_body(self, stmt):
        """Annex B.3.4: ``if (x) function f() {}`` acts as if the function
        declaration were wrapped in a block.  The synthetic block is kept so
        the compiler sees the same node."""
        if stmt["type"] != "FunctionDeclaration":
            return stmt
        block = self.synthetic_blocks.get(id(stmt))
        if block is None:
            block = {"type": "BlockStatement", "body": [stmt], "start": stmt["start"],
                     "end": stmt["end"]}
            self.synthetic_blocks[id(stmt)] = block
        return block

    def _s_WhileStatement(self, node, scope):
        self._expr(node["test"], scope)
        self._stmt(node["body"], scope)

    def _s_DoWhileStatement(self, node, scope):
        self._stmt(node["body"], scope)
        self._expr(node["test"], scope)

    def _s_ForStatement(self, node, scope):
        init = node.get("init")
        inner = scope
        if init is not None and init["type"] == "VariableDeclaration" and init["kind"] != "var":
            inner = Scope("for", scope, node, scope.strict)
            self.scopes[id(node)] = inner
            for d in init["declarations"]:
                for name in bound_names(d["id"]):
                    inner.declare(name, init["kind"], d["end"])
        if init is not None:
            if init["type"] == "VariableDeclaration":
                self._s_VariableDeclaration(init, inner)
            else:
                self._expr(init, inner)
        if node.get("test") is not None:
            self._expr(node["test"], inner)
        if node.get("update") is not None:
            self._expr(node["update"], inner)
        self._stmt(node["body"], inner)

    def _for_in_of(self, node, scope):
        left = node["left"]
        if left["type"] == "VariableDeclaration" and left["kind"] != "var":
            # The head expression sees a TDZ scope of the loop's names.
            tdz = Scope("for", scope, node["right"], scope.strict)
            self.scopes[id(node["right"])] = tdz
            for name in bound_names(left["declarations"][0]["id"]):
                tdz.declare(name, left["kind"], node["end"] + 1)
            self._expr(node["right"], tdz)
            inner = Scope("for", scope, node, scope.strict)
            self.scopes[id(node)] = inner
            for name in bound_names(left["declarations"][0]["id"]):
                inner.declare(name, left["kind"], left["end"])
            self._pattern(left["declarations"][0]["id"], inner, declaring=True)
            self._stmt(node["body"], inner)
        else:
            self._expr(node["right"], scope)
            if left["type"] == "VariableDeclaration":
                d = left["declarations"][0]
                self._pattern(d["id"], scope, declaring=True)
                if d.get("init") is not None:
                    self._expr(d["init"], scope)
            else:
                self._pattern(left, scope, declaring=False)
            self._stmt(node["body"], scope)

    _s_ForInStatement = _for_in_of
    _s_ForOfStatement = _for_in_of

    def _s_BreakStatement(self, node, scope):
        pass

    _s_ContinueStatement = _s_BreakStatement

    def _s_ThrowStatement(self, node, scope):
        self._expr(node["argument"], scope)

    def _s_TryStatement(self, node, scope):
        self._stmt(node["block"], scope)
        h = node.get("handler")
        if h is not None:
            cs = scope
            if h.get("param") is not None:
                cs = Scope("catch", scope, h, scope.strict)
                self.scopes[id(h)] = cs
                for name in bound_names(h["param"]):
                    cs.declare(name, "catch")
                self._pattern(h["param"], cs, declaring=True)
            self._stmt(h["body"], cs)
        if node.get("finalizer") is not None:
            self._stmt(node["finalizer"], scope)

    def _s_SwitchStatement(self, node, scope):
        self._expr(node["discriminant"], scope)
        stmts = [s for c in node["cases"] for s in c["consequent"]]
        ss = self._block_scope(node, stmts, scope, "switch")
        for c in node["cases"]:
            if c.get("test") is not None:
                self._expr(c["test"], ss)
            self._visit_statements(c["consequent"], ss)

    def _s_LabeledStatement(self, node, scope):
        self._stmt(node["body"], scope)

    def _s_WithStatement(self, node, scope):
        self._expr(node["object"], scope)
        ws = Scope("with", scope, node, scope.strict)
        self.scopes[id(node)] = ws
        ws.with_binding = ws.declare("%with", "pseudo")
        self._stmt(node["body"], ws)

    # modules (import/export): names are declared by the module linker
    def _s_ImportDeclaration(self, node, scope):
        pass

    def _s_ExportNamedDeclaration(self, node, scope):
        if node.get("declaration") is not None:
            self._stmt(node["declaration"], scope)
        elif node.get("source") is None:
            for spec in node.get("specifiers", []):
                self._ref(spec["local"], scope, spec["local"]["name"])

    def _s_ExportDefaultDeclaration(self, node, scope):
        d = node["declaration"]
        if d["type"] in ("FunctionDeclaration", "ClassDeclaration") and d.get("id"):
            self._stmt(d, scope)
        elif d["type"] == "FunctionDeclaration":
            self._function(d, scope)
        elif d["type"] == "ClassDeclaration":
            self._class(d, scope)
        else:
            self._expr(d, scope)

    def _s_ExportAllDeclaration(self, node, scope):
        pass

    # -- patterns ------------------------------------------------------------------------

    def _pattern(self, node, scope, declaring):
        t = node["type"]
        if t == "Identifier":
            self._ref(node, scope, node["name"])
        elif t == "ObjectPattern":
            for p in node["properties"]:
                if p["type"] == "RestElement":
                    self._pattern(p["argument"], scope, declaring)
                else:
                    if p.get("computed"):
                        self._expr(p["key"], scope)
                    self._pattern(p["value"], scope, declaring)
        elif t == "ArrayPattern":
            for e in node["elements"]:
                if e is not None:
                    self._pattern(e, scope, declaring)
        elif t == "RestElement":
            self._pattern(node["argument"], scope, declaring)
        elif t == "AssignmentPattern":
            self._pattern(node["left"], scope, declaring)
            self._expr(node["right"], scope)
        else:
            # MemberExpression target in assignment patterns
            self._expr(node, scope)

    # -- functions and classes ---------------------------------------------------------------

    def _function(self, node, scope, is_method=False, is_field=False):
        is_arrow = node["type"] == "ArrowFunctionExpression"
        body = node["body"]
        body_stmts = body["body"] if body["type"] == "BlockStatement" else None
        strict = scope.strict or (body_stmts is not None and _is_strict_body(body_stmts))
        fs = Scope("function", scope, node, strict, is_arrow)
        fs.is_method = is_method
        self.scopes[id(node)] = fs
        self.function_scopes.append(fs)
        params = node["params"]
        # With default values, a parameter is in its TDZ until bound:
        # f(a = b, b) throws.  decl_end lets the body skip the check.
        tdz_params = self._has_parameter_expressions(params)
        for p in params:
            for name in bound_names(p):
                fs.declare(name, "param", p["end"] if tdz_params else -1)
        simple = is_simple_parameter_list(params)
        body_scope = fs
        if body_stmts is not None:
            if not simple and self._has_parameter_expressions(params):
                body_scope = Scope("block", fs, body, strict)
                self.scopes[id(body)] = body_scope
                fs.param_expressions = True
            self._hoist_function_body(body_stmts, body_scope)
        # A function expression's own name, unless shadowed inside.
        if node["type"] == "FunctionExpression" and node.get("id") is not None:
            name = node["id"]["name"]
            if name not in fs.bindings and name not in body_scope.bindings:
                fs.declare(name, "callee")
        for p in params:
            self._pattern(p, fs, declaring=True)
        if body_stmts is not None:
            self._visit_statements(body_stmts, body_scope)
        else:
            self._expr(body, fs)
        return fs

    @staticmethod
    def _has_parameter_expressions(params):
        def has(p):
            t = p["type"]
            if t == "AssignmentPattern":
                return True
            if t == "ObjectPattern":
                return any(pp.get("computed") or has(pp["value"] if pp["type"] != "RestElement"
                                                     else pp["argument"]) for pp in p["properties"])
            if t == "ArrayPattern":
                return any(e is not None and has(e) for e in p["elements"])
            if t == "RestElement":
                return has(p["argument"])
            return False
        return any(has(p) for p in params)

    def _class(self, node, scope):
        if node.get("superClass") is not None:
            pass
        cs = Scope("class", scope, node, True)
        self.scopes[id(node)] = cs
        if node.get("id") is not None:
            cs.declare(node["id"]["name"], "class_inner", node["end"])
        body = node["body"]["body"]
        for member in body:
            key = member.get("key")
            if key is not None and key["type"] == "PrivateIdentifier":
                cs.declare("#" + key["name"], "private")
        if node.get("superClass") is not None:
            self._expr(node["superClass"], cs)
        for member in body:
            t = member["type"]
            if t == "MethodDefinition":
                if member.get("computed"):
                    self._expr(member["key"], cs)
                elif member["key"]["type"] == "PrivateIdentifier":
                    self._ref(member["key"], cs, "#" + member["key"]["name"])
                fs = self._function(member["value"], cs, is_method=True)
                if member["kind"] == "constructor" and node.get("superClass") is not None:
                    fs.is_derived_ctor = True
            elif t in ("PropertyDefinition", "FieldDefinition"):
                if member.get("computed"):
                    self._expr(member["key"], cs)
                elif member["key"]["type"] == "PrivateIdentifier":
                    self._ref(member["key"], cs, "#" + member["key"]["name"])
                # The initializer runs as a method of the instance (or class).
                fs = Scope("class_field", cs, member, True)
                fs.kind = "function"
                fs.is_class_field = True
                fs.is_method = True
                fs.materialized = True
                self.scopes[id(member)] = fs
                if member.get("value") is not None:
                    self._expr(member["value"], fs)
            elif t == "StaticBlock":
                from .parser import first_top_level_return, ParseError
                ret = first_top_level_return(member["body"])
                if ret is not None:
                    raise ParseError("Illegal return statement", ret["start"])
                fs = Scope("function", cs, member, True)
                fs.is_class_field = True
                fs.is_method = True
                self.scopes[id(member)] = fs
                self._hoist_function_body(member["body"], fs)
                self._visit_statements(member["body"], fs)

    # -- expressions ---------------------------------------------------------------------

    def _expr(self, node, scope):
        t = node["type"]
        m = getattr(self, "_e_" + t, None)
        if m is None:
            raise NotImplementedError(f"resolver: expression {t}")
        m(node, scope)

    def _e_Identifier(self, node, scope):
        self._ref(node, scope, node["name"])

    def _e_Literal(self, node, scope):
        pass

    def _e_ThisExpression(self, node, scope):
        self._ref(node, scope, "%this")

    def _e_Super(self, node, scope):
        self._ref(node, scope, "%func")
        self._ref(node, scope, "%this")

    def _e_MetaProperty(self, node, scope):
        if node["meta"]["name"] == "new":
            self._ref(node, scope, "%newtarget")

    def _e_ArrayExpression(self, node, scope):
        for e in node["elements"]:
            if e is not None:
                self._expr(e, scope)

    def _e_ObjectExpression(self, node, scope):
        protos = [p for p in node["properties"] if p["type"] == "Property" and p["kind"] == "init"
                  and not p.get("computed") and not p.get("shorthand") and not p.get("method")
                  and (p["key"].get("name") == "__proto__" or p["key"].get("value") == "__proto__")]
        if len(protos) > 1:
            from .parser import ParseError
            raise ParseError("Duplicate __proto__ fields are not allowed in object literals",
                             protos[1]["start"])
        for p in node["properties"]:
            if p["type"] == "SpreadElement":
                self._expr(p["argument"], scope)
                continue
            if p.get("computed"):
                self._expr(p["key"], scope)
            v = p["value"]
            if p.get("method") or p["kind"] in ("get", "set"):
                self._function(v, scope, is_method=True)
            else:
                self._expr(v, scope)

    def _e_FunctionExpression(self, node, scope):
        self._function(node, scope)

    _e_ArrowFunctionExpression = _e_FunctionExpression

    def _e_ClassExpression(self, node, scope):
        self._class(node, scope)

    def _e_TemplateLiteral(self, node, scope):
        for e in node["expressions"]:
            self._expr(e, scope)

    def _e_TaggedTemplateExpression(self, node, scope):
        self._expr(node["tag"], scope)
        self._e_TemplateLiteral(node["quasi"], scope)

    def _e_UnaryExpression(self, node, scope):
        self._expr(node["argument"], scope)

    def _e_UpdateExpression(self, node, scope):
        self._expr(node["argument"], scope)

    def _e_BinaryExpression(self, node, scope):
        left = node["left"]
        if left["type"] == "PrivateIdentifier":
            self._ref(left, scope, "#" + left["name"])
        else:
            self._expr(left, scope)
        self._expr(node["right"], scope)

    _e_LogicalExpression = _e_BinaryExpression

    def _e_AssignmentExpression(self, node, scope):
        self._pattern(node["left"], scope, declaring=False)
        self._expr(node["right"], scope)

    def _e_ConditionalExpression(self, node, scope):
        self._expr(node["test"], scope)
        self._expr(node["consequent"], scope)
        self._expr(node["alternate"], scope)

    def _e_CallExpression(self, node, scope):
        callee = node["callee"]
        self._expr(callee, scope)
        for a in node["arguments"]:
            self._expr(a, scope)
        if callee["type"] == "Identifier" and callee["name"] == "eval" and not node.get("optional"):
            self._mark_direct_eval(scope)
        elif callee["type"] == "Super":
            self._ref(callee, scope, "%newtarget")

    def _mark_direct_eval(self, scope):
        scope.has_direct_eval = True
        self.eval_scopes.append(scope)
        # Eval code can use this/new.target/super/arguments of any enclosing
        # function: declare them now, before slots are given out.
        f = scope
        while f is not None:
            if f.kind == "function" and not f.is_arrow:
                for pseudo in ("%this", "%newtarget", "%func"):
                    self._implicit(f, pseudo)
                if not f.is_class_field:
                    self._implicit(f, "arguments")
            f = f.parent
        func = scope.func
        if not scope.strict and func.kind in ("function",):
            func.has_eval_vars = True
            if func.eval_vars_binding is None:
                func.eval_vars_binding = func.declare("%evalvars", "pseudo")
                func.eval_vars_binding.captured = True

    def _e_NewExpression(self, node, scope):
        self._expr(node["callee"], scope)
        for a in node["arguments"]:
            self._expr(a, scope)

    def _e_MemberExpression(self, node, scope):
        self._expr(node["object"], scope)
        prop = node["property"]
        if node.get("computed"):
            self._expr(prop, scope)
        elif prop["type"] == "PrivateIdentifier":
            self._ref(prop, scope, "#" + prop["name"])

    def _e_ChainExpression(self, node, scope):
        self._expr(node["expression"], scope)

    def _e_SequenceExpression(self, node, scope):
        for e in node["expressions"]:
            self._expr(e, scope)

    def _e_SpreadElement(self, node, scope):
        self._expr(node["argument"], scope)

    def _e_YieldExpression(self, node, scope):
        if node.get("argument") is not None:
            self._expr(node["argument"], scope)

    def _e_AwaitExpression(self, node, scope):
        self._expr(node["argument"], scope)

    def _e_ImportExpression(self, node, scope):
        self._expr(node["source"], scope)

    # Patterns appear as expressions on the left of assignments
    def _e_ObjectPattern(self, node, scope):
        self._pattern(node, scope, declaring=False)

    _e_ArrayPattern = _e_ObjectPattern
    _e_AssignmentPattern = _e_ObjectPattern
    _e_RestElement = _e_ObjectPattern
