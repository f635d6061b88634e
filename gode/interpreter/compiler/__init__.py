"""The compiler: ESTree (from parser.py) + scope analysis (scope.py) -> Python closures.

Entry points:

* :func:`compile_script` — a global Script: GlobalDeclarationInstantiation,
  then the statements; returns ``run() -> completion value``.
* :func:`compile_function_program` — a Program holding one function
  expression (the CommonJS wrapper, ``new Function``); returns the function
  object created in the global environment.
* direct ``eval`` compiles its code against the caller's static scope chain
  (``Compiler.compile_direct_eval``); indirect eval is a global Script.

The per-node-type ``compile_<Type>`` methods live on the mixins:
statements.py, expressions.py, functions.py, patterns.py, generators.py.
"""

from ..runtime.values import undefined, null, TDZ
from ..runtime.objects import JSObject, Prop, Descriptor
from ..runtime.errors import JSThrow, throw_type_error, throw_error
from ..runtime.function import JSFunction
from ..scope import Resolver
from ..parser import parse, ParseError, Source, tokenizes, eval_wrapping
from .core import CompilerBase, FunctionContext, CallSite, annotate, BREAK, CONTINUE
from .statements import StatementsMixin
from .expressions import ExpressionsMixin
from .patterns import PatternsMixin
from .functions import FunctionsMixin, FunctionCode
from .generators import GeneratorsMixin

__all__ = ["Compiler", "compile_script", "compile_function_program", "CallSite",
           "syntax_error_from_parse", "FunctionCode"]


class Compiler(StatementsMixin, ExpressionsMixin, PatternsMixin, FunctionsMixin, GeneratorsMixin,
               CompilerBase):
    """One compilation unit (a script, a module body, an eval, a dynamic function)."""

    # -- direct eval ------------------------------------------------------------------------------

    def compile_direct_eval(self, node):
        """``eval(x)``: direct eval when ``eval`` is the intrinsic %eval%,
        else an ordinary call (https://tc39.es/ecma262/#sec-function-calls)."""
        callee = self.expr(node["callee"])
        args = self.compile_arguments(node["arguments"])
        site = self.site(node)
        invoke = self.make_invoker(site, "eval")
        caller_scope = self.scope
        strict = caller_scope.strict
        realm = self.realm
        fn_ctx = self.fn
        source_name = self.source.filename
        stack = self.agent.call_stack

        def eval_call(env):
            f = callee(env)
            a = args(env)
            if f is not realm.intrinsics.get("%eval%"):
                return invoke(f, undefined, a)
            if not a:
                return undefined
            x = a[0]
            if type(x) is not str:
                return x
            stack.append((site, f, undefined))
            try:
                return run_direct_eval(realm, x, caller_scope, strict, env, fn_ctx)
            except JSThrow as e:
                annotate(e, site)
                raise
            finally:
                stack.pop()
        return eval_call


def syntax_error_from_parse(realm, err, source):
    """A JS SyntaxError object for a ParseError, with the position noted."""
    e = realm.new_error("SyntaxError", err.message)
    site = CallSite(source, err.offset, None)
    ex = JSThrow(e, site)
    ex.parse_error = True
    return ex


def parse_or_throw(realm, text, source, goal="script", private_names=()):
    """parse(), with a ParseError turned into a thrown JS SyntaxError."""
    try:
        return parse(text, goal, private_names)
    except ParseError as err:
        raise syntax_error_from_parse(realm, err, source) from None


def resolve_or_throw(realm, source, run):
    """Run the resolver; its early errors become JS SyntaxErrors."""
    try:
        return run()
    except ParseError as err:
        raise syntax_error_from_parse(realm, err, source) from None


def global_declaration_instantiation(realm, scope):
    """https://tc39.es/ecma262/#sec-globaldeclarationinstantiation (the checks
    and the creation of var/function/lexical bindings; functions are
    initialized by the caller)."""
    g = realm.global_object
    lexicals = realm.global_lexicals
    for name, b in scope.bindings.items():
        if b.kind == "global_lex":
            if name in lexicals:
                throw_error("SyntaxError", f"Identifier '{name}' has already been declared")
            own = g.get_own_property(name)
            if own is not None and not own.configurable:
                throw_error("SyntaxError", f"Identifier '{name}' has already been declared")
        elif b.kind in ("global_var", "global_function"):
            if name in lexicals:
                throw_error("SyntaxError", f"Identifier '{name}' has already been declared")
    for name, b in scope.bindings.items():
        if b.kind == "global_lex":
            lexicals[name] = TDZ
            if _is_const(scope, name):
                realm.global_consts.add(name)
        elif b.kind == "global_var":
            if g.get_own_property(name) is None and g.is_extensible():
                g.define_own_property(name, Descriptor(undefined, writable=True, enumerable=True,
                                                       configurable=False))


def _is_const(scope, name):
    for stmt in scope.node["body"]:
        if stmt["type"] == "VariableDeclaration" and stmt["kind"] == "const":
            from ..scope import bound_names
            for d in stmt["declarations"]:
                if name in bound_names(d["id"]):
                    return True
    return False


def compile_program(realm, source, tree, resolver, scope, caller_fn=None):
    """Compile the statements of script or eval code with completion-value
    tracking: (compiler, body, completion cell)."""
    c = Compiler(realm, source, resolver)
    c.scope = scope
    c.fn = FunctionContext(scope, caller_fn.name if caller_fn else None,
                           caller_fn.kind if caller_fn else "script")
    c.track_completion = True
    cell = [undefined]
    c.completion_cell = cell
    return c, c.compile_statements(tree["body"]), cell


def run_program(body, env, cell):
    """Run a compiled program body; its completion value."""
    cell[0] = undefined
    r = body(env)
    if r is not None and type(r) is tuple:
        return r[0]
    return cell[0]


def compile_script(realm, text, filename, strict=False, goal="script"):
    """Parse and compile a global Script; returns run() -> completion value.

    Raises JSThrow(SyntaxError) for parse errors."""
    source = Source(filename, text)
    tree = parse_or_throw(realm, text, source)
    resolver = Resolver()
    scope = resolve_or_throw(realm, source, lambda: resolver.resolve_script(tree, strict))
    c, body, cell = compile_program(realm, source, tree, resolver, scope)
    functions = [(stmt["id"]["name"], c.function_code(stmt)) for stmt in tree["body"]
                 if stmt["type"] == "FunctionDeclaration"]
    env_size = scope.nslots
    g = realm.global_object

    def run():
        global_declaration_instantiation(realm, scope)
        env = [undefined] * env_size
        env[0] = None
        for name, code in functions:
            f = c.make_closure(code, env)
            existing = g.get_own_property(name)
            if existing is None or existing.configurable:
                g.define_own_property(name, Descriptor(f, writable=True, enumerable=True,
                                                       configurable=False))
            else:
                g.set(name, f, g)
        return run_program(body, env, cell)
    return run


def compile_function_program(realm, text, source, frame_name=None):
    """Compile ``text``, one parenthesized function expression (the CommonJS
    wrapper around ``source``'s text, or CreateDynamicFunction's text), and
    return (function object closed over the global environment, compiler, node).
    ``frame_name`` names the function's frames in stack traces."""
    tree = parse_or_throw(realm, text, source)
    resolver = Resolver()
    scope = resolve_or_throw(realm, source, lambda: resolver.resolve_script(tree))
    c = Compiler(realm, source, resolver)
    c.scope = scope
    c.fn = FunctionContext(scope, None, "script")
    stmt = tree["body"][0]
    fnode = stmt["expression"]
    if frame_name is not None:
        c.frame_names[id(fnode)] = frame_name
    code = c.function_code(fnode)
    env = [undefined] * scope.nslots
    env[0] = None
    return c.make_closure(code, env), c, fnode


STRICT_PREFIX = '"use strict";'


def eval_goal(scope):
    """How direct eval code at ``scope`` parses: (goal, private names in
    scope, nearest non-arrow function scope or None).  Inside a function it
    may use new.target; inside a method super.x; in a derived constructor
    super(); inside a class body its private names."""
    private_names = []
    func = None
    s = scope
    while s is not None:
        if func is None and s.kind == "function" and not s.is_arrow:
            func = s
        if s.kind == "class":
            private_names.extend(n for n in s.bindings if n.startswith("#"))
        s = s.parent
    if func is None and not private_names:
        return "script", (), None
    if func is not None and func.is_derived_ctor:
        goal = "ctor_eval"
    elif (func is not None and func.is_method) or private_names:
        goal = "method_eval"
    else:
        goal = "function_eval"
    return goal, tuple(private_names), func


def mentions_arguments(statements):
    """Whether code refers to 'arguments' outside nested non-arrow functions."""
    stack = list(statements)
    while stack:
        node = stack.pop()
        if not isinstance(node, dict):
            continue
        t = node.get("type")
        if t in ("FunctionDeclaration", "FunctionExpression"):
            continue
        if t == "Identifier" and node.get("name") == "arguments":
            return True
        for v in node.values():
            if isinstance(v, dict):
                stack.append(v)
            elif isinstance(v, list):
                stack.extend(x for x in v if isinstance(x, dict))
    return False


def run_direct_eval(realm, text, caller_scope, strict, env, caller_fn):
    """PerformEval for a direct call (https://tc39.es/ecma262/#sec-performeval)."""
    goal, private_names, func = eval_goal(caller_scope)
    prefix = STRICT_PREFIX if strict else ""
    # Eval code inherits strictness; Source.prefix keeps offsets true.
    wrap = len(eval_wrapping(goal, private_names)[0]) if goal != "script" else 0
    source = Source("<eval>", text, prefix=len(prefix) + wrap)
    tree = parse_or_throw(realm, prefix + text, source, goal, private_names)
    if prefix:
        # The added directive made the code strict; it is not part of the
        # eval code (its completion value must not leak: eval("{}") is undefined).
        tree = dict(tree, body=tree["body"][1:])
    if func is not None and func.is_class_field and mentions_arguments(tree["body"]):
        raise syntax_error_from_parse(realm, ParseError(
            "'arguments' is not allowed in class field initializer or static initialization block",
            0), source)
    resolver = Resolver()
    try:
        scope = resolver.resolve_eval(tree, caller_scope, strict)
    except ParseError as err:
        raise syntax_error_from_parse(realm, err, source) from None
    c, body, cell = compile_program(realm, source, tree, resolver, scope, caller_fn)
    size = scope.nslots
    tdz_slots = [b.slot for b in scope.bindings.values() if b.needs_tdz and b.slot is not None]
    functions = []
    for stmt in tree["body"]:
        if stmt["type"] == "FunctionDeclaration":
            functions.append((stmt["id"], c.function_code(stmt)))
    eval_vars = [name for name, b in scope.bindings.items() if b.kind == "eval_var"]
    func_scope = caller_scope.func
    evalvars_binding = func_scope.eval_vars_binding if not strict else None
    g = realm.global_object
    e = [undefined] * size
    e[0] = env
    for s in tdz_slots:
        e[s] = TDZ
    # EvalDeclarationInstantiation: vars go to the caller's variable environment.
    if not strict:
        if func_scope.kind == "script" or evalvars_binding is None:
            for name in eval_vars + [fid["name"] for fid, _ in functions]:
                if name in realm.global_lexicals:
                    throw_error("SyntaxError", f"Identifier '{name}' has already been declared")
                if g.get_own_property(name) is None:
                    g.define_own_property(name, Descriptor(undefined, writable=True, enumerable=True,
                                                           configurable=True))
        else:
            hops, slot = resolver._address(scope, evalvars_binding)
            holder = e
            for _ in range(hops):
                holder = holder[0]
            d = holder[slot]
            if d is None:
                d = holder[slot] = {}
            for name in eval_vars + [fid["name"] for fid, _ in functions
                                     if scope.bindings.get(fid["name"]) is not None]:
                if name not in d:
                    d[name] = undefined
    for fid, code in functions:
        f = c.make_closure(code, e)
        write = c.compile_write(resolver.refs[(id(fid), fid["name"])], fid, strict=False, init=True)
        write(e, f)
    return run_program(body, e, cell)


def indirect_eval(realm, text):
    """PerformEval for an indirect call: global code; strict eval code gets
    its own variable environment."""
    source = Source("<eval>", text)
    tree = parse_or_throw(realm, text, source)
    from ..scope import _is_strict_body, Scope
    if not _is_strict_body(tree["body"]):
        return compile_script(realm, text, "<eval>")()
    global_scope = Scope("script", None, None, False)
    global_scope.host = global_scope
    resolver = Resolver()
    scope = resolve_or_throw(realm, source, lambda: resolver.resolve_eval(tree, global_scope, True))
    c, body, cell = compile_program(realm, source, tree, resolver, scope)
    e = [undefined] * scope.nslots
    for b in scope.bindings.values():
        if b.needs_tdz and b.slot is not None:
            e[b.slot] = TDZ
    for stmt in tree["body"]:
        if stmt["type"] == "FunctionDeclaration":
            b = scope.bindings[stmt["id"]["name"]]
            e[b.slot] = c.make_closure(c.function_code(stmt), e)
    return run_program(body, e, cell)


def create_dynamic_function(realm, kind, args, new_target):
    """CreateDynamicFunction (https://tc39.es/ecma262/#sec-createdynamicfunction)
    for ``Function(...)``, ``GeneratorFunction(...)`` and the async forms."""
    from ..runtime.type_conversion import to_string
    *params, body = [to_string(a) for a in args] if args else [""]
    if not args:
        params = []
    prefix = {"normal": "function", "generator": "function*", "async": "async function",
              "async_generator": "async function*"}[kind]
    param_text = ",".join(params)
    head = f"({prefix} anonymous({param_text}\n) {{\n"
    text = f"{head}{body}\n}})"
    source = Source("<anonymous>", text)
    params_end = len(f"({prefix} anonymous({param_text}")
    if params and not tokenizes(param_text):
        # e.g. an unterminated /* comment running into the body
        raise syntax_error_from_parse(realm, ParseError("Unexpected end of arg string", 0),
                                      source) from None
    try:
        tree = parse(text)
    except ParseError as err:
        if err.offset < params_end and err.message.startswith("Unexpected"):
            err = ParseError("Arg string terminates parameters early", err.offset)
        raise syntax_error_from_parse(realm, err, source) from None
    stmts = tree["body"]
    expr = stmts[0]["expression"] if len(stmts) == 1 and stmts[0]["type"] == "ExpressionStatement" \
        else None
    if expr is None or expr["type"] != "FunctionExpression" or expr["end"] != len(text) - 1:
        raise syntax_error_from_parse(realm, ParseError("Single function literal required", 0),
                                      source) from None
    if expr["body"]["start"] != len(head) - 2:
        # A comment opened in the parameters swallowed the separator.
        raise syntax_error_from_parse(realm, ParseError("Unexpected end of arg string", 0),
                                      source) from None
    f, c, fnode = compile_function_program(realm, text, source)
    f.code.source_text = text[1:-1]
    if new_target is not None and new_target is not undefined:
        from ..runtime.object_operations import get_prototype_from_constructor
        default = {"normal": "function_prototype", "generator": "generator_function_prototype",
                   "async": "async_function_prototype",
                   "async_generator": "async_generator_function_prototype"}[kind]
        f.proto = get_prototype_from_constructor(new_target, default)
    return f
