"""Destructuring: binding patterns (declarations, parameters) and assignment
patterns (``[a, b] = [b, a]``).

https://tc39.es/ecma262/#sec-destructuring-binding-patterns
https://tc39.es/ecma262/#sec-destructuring-assignment
Each pattern compiles to ``bind(env, value)``.
"""

from ..runtime.values import undefined, null, ABSENT, HOLE, JSSymbol
from ..runtime.objects import JSObject, JSArray
from ..runtime.errors import JSThrow, throw_type_error
from ..runtime.type_conversion import to_property_key, to_object, to_string
from ..runtime.values import SYM_ITERATOR
from ..runtime.object_operations import (get_v, get_iterator, get_method, iterator_step_value, iterator_close,
                                         create_array_from_list, key_to_display)
from .core import annotate


def copy_data_properties(target, source, excluded):
    """https://tc39.es/ecma262/#sec-copydataproperties"""
    if source is undefined or source is null:
        return target
    src = to_object(source)
    for k in src.own_property_keys():
        if k in excluded:
            continue
        desc = src.get_own_property(k)
        if desc is not None and desc.enumerable:
            target.create_data_property(k, src.get(k, src))
    return target


#: The ``source`` of a parameter pattern: messages name the value itself.
PARAMETER = object()


def _throw_not_destructurable(value, first_key, source):
    """V8's messages for destructuring null/undefined: a top-level pattern
    names the source expression, a nested one reads like a property access."""
    what = "undefined" if value is undefined else "null"
    if source is None:
        throw_type_error("read_prop_of", what, first_key if first_key is not None else "")
    text = what if source is PARAMETER else source
    if first_key is not None:
        throw_type_error("destructure_prop_null", first_key, text, what)
    throw_type_error(f"Cannot destructure '{text}' as it is {what}.")


def _throw_not_iterable(value, source):
    if source is None or source is PARAMETER:
        if value is undefined or value is null:
            throw_type_error(f"{'undefined' if value is undefined else 'null'} is not iterable "
                             "(cannot read property Symbol(Symbol.iterator))")
        from ..runtime.object_operations import get_iterator_for_builtin
        get_iterator_for_builtin(value)
    throw_type_error("not_iterable", source)


class PatternsMixin:

    def compile_binding_pattern(self, pattern, init, source=None):
        """bind(env, value) for a declaration/parameter pattern; ``init``
        initializes let/const/param bindings (no TDZ/const checks).
        ``source`` is how error messages name the value: the source text of
        the initializer, PARAMETER, or None (nested: a property's value)."""
        return self._pattern(pattern, init, assignment=False, source=source)

    def compile_assignment_pattern(self, pattern, source=None):
        return self._pattern(pattern, False, assignment=True, source=source)

    def _target(self, node, init, assignment):
        t = node["type"]
        if t == "Identifier":
            return self.compile_write(self.ref(node), node, init=init)
        if t in ("ObjectPattern", "ArrayPattern"):
            return self._pattern(node, init, assignment)
        if t == "AssignmentPattern":
            return self.compile_binding_element(node, init, assignment)
        if assignment:
            return self.compile_assign_target(node)
        raise NotImplementedError(f"binding target {t}")

    def _target_ref(self, node, init, assignment):
        """(prepare, put) for one element of a pattern.  In destructuring
        assignment the target reference is evaluated before the value is
        fetched (``[ o[k()] ] = it`` calls k() before it.next()): prepare(env)
        does that and put(env, ref, value) assigns.  prepare is None when
        there is nothing to evaluate first."""
        t = node["type"]
        if assignment and t == "MemberExpression" and node["object"]["type"] != "Super" \
                and node["property"]["type"] != "PrivateIdentifier":
            from .expressions import set_element, write_member_checked
            strict = self.scope.strict
            obj = self.expr(node["object"])
            key, key_fn = self.member_key(node)
            site = self.site(node, node["property"]["start"])

            def prepare_member(env):
                return obj(env), (key if key_fn is None else key_fn(env))

            def put_member(env, ref, value):
                o, k = ref
                try:
                    if key_fn is None:
                        write_member_checked(o, k, value, strict)
                    else:
                        set_element(o, k, value, strict)
                except JSThrow as e:
                    annotate(e, site)
                    raise
            return prepare_member, put_member
        if assignment and t == "Identifier" and self.ref(node).kind == "dynamic":
            resolve, _, put = self.compile_name_reference(self.ref(node), node)
            return resolve, put
        if t == "AssignmentPattern":
            left = node["left"]
            if left["type"] == "Identifier":
                default = self.compile_named_expression(node["right"], left["name"])
            else:
                default = self.expr(node["right"])
            prepare, inner_put = self._target_ref(left, init, assignment)

            def put_with_default(env, ref, value):
                if value is undefined:
                    value = default(env)
                inner_put(env, ref, value)
            return prepare, put_with_default
        bind = self._target(node, init, assignment)
        return None, lambda env, ref, value: bind(env, value)

    def compile_binding_element(self, node, init, assignment=False):
        """``target = default``: the default applies when the value is undefined."""
        left = node["left"]
        if left["type"] == "Identifier":
            default = self.compile_named_expression(node["right"], left["name"])
        else:
            default = self.expr(node["right"])
        inner = self._target(left, init, assignment)

        def with_default(env, value):
            if value is undefined:
                value = default(env)
            inner(env, value)
        return with_default

    def _pattern(self, pattern, init, assignment, source=None):
        t = pattern["type"]
        if t == "Identifier":
            return self.compile_write(self.ref(pattern), pattern, init=init)
        if t == "AssignmentPattern":
            return self.compile_binding_element(pattern, init, assignment)
        if t == "ObjectPattern":
            return self._object_pattern(pattern, init, assignment, source)
        if t == "ArrayPattern":
            return self._array_pattern(pattern, init, assignment, source)
        if t == "RestElement":
            return self._pattern(pattern["argument"], init, assignment)
        if assignment:
            return self.compile_assign_target(pattern)
        raise NotImplementedError(t)

    def _object_pattern(self, pattern, init, assignment, source=None):
        realm = self.realm
        entries = []
        rest = None
        first_key = None
        for p in pattern["properties"]:
            if p["type"] == "RestElement":
                rest = self._target(p["argument"], init, assignment)
                continue
            key_node = p["key"]
            if p.get("computed"):
                key = None
                key_fn = self.expr(key_node)
            else:
                from .functions import literal_property_key
                key = key_node["name"] if key_node["type"] == "Identifier" \
                    else literal_property_key(key_node)
                key_fn = None
                if first_key is None and isinstance(key, str):
                    first_key = key
            value_node = p["value"]
            entries.append((key, key_fn, self._target_ref(value_node, init, assignment)))
        entries = tuple(entries)
        site = self.site(pattern)

        def bind_object(env, value):
            if value is undefined or value is null:
                try:
                    _throw_not_destructurable(value, first_key, source)
                except JSThrow as e:
                    annotate(e, site)
                    raise
            used = [] if rest is not None else None
            for key, key_fn, (prepare, put) in entries:
                k = key if key_fn is None else to_property_key(key_fn(env))
                if used is not None:
                    used.append(k)
                ref = None if prepare is None else prepare(env)
                v = value.get(k, value) if isinstance(value, JSObject) else get_v(value, k)
                put(env, ref, v)
            if rest is not None:
                obj = JSObject(realm.object_prototype)
                copy_data_properties(obj, value, set(used))
                rest(env, obj)
        return bind_object

    def _array_pattern(self, pattern, init, assignment, source=None):
        realm = self.realm
        elements = []
        for e in pattern["elements"]:
            if e is None:
                elements.append(None)
            elif e["type"] == "RestElement":
                elements.append((True,) + self._target_ref(e["argument"], init, assignment))
            else:
                elements.append((False,) + self._target_ref(e, init, assignment))
        elements = tuple(elements)
        site = self.site(pattern)

        def bind_array(env, value):
            if type(value) is JSArray and value.elements is not None \
                    and realm.array_iteration_is_pristine(value):
                # Fast path: the array iterator is untouched and has no return().
                els = value.elements
                i = 0
                for element in elements:
                    if element is None:
                        i += 1
                        continue
                    is_rest, prepare, put = element
                    ref = None if prepare is None else prepare(env)
                    if is_rest:
                        rest = [undefined if v is HOLE else v for v in els[i:]]
                        put(env, ref, create_array_from_list(rest))
                        i = len(els)
                        continue
                    v = undefined
                    if i < len(els):
                        v = els[i]
                        if v is HOLE:
                            v = value.get_index(i)
                    i += 1
                    put(env, ref, v)
                return
            try:
                if value is undefined or value is null or \
                        get_method(value, SYM_ITERATOR) is undefined:
                    _throw_not_iterable(value, source)
                rec = get_iterator(value)
            except JSThrow as e:
                annotate(e, site)
                raise
            try:
                for element in elements:
                    if element is None:
                        if not rec.done:
                            iterator_step_value(rec)
                        continue
                    is_rest, prepare, put = element
                    ref = None if prepare is None else prepare(env)
                    if is_rest:
                        rest = []
                        while not rec.done:
                            v = iterator_step_value(rec)
                            if v is ABSENT:
                                break
                            rest.append(v)
                        put(env, ref, create_array_from_list(rest))
                        continue
                    v = undefined
                    if not rec.done:
                        v = iterator_step_value(rec)
                        if v is ABSENT:
                            v = undefined
                    put(env, ref, v)
            except JSThrow as e:
                if not rec.done:
                    iterator_close(rec, e)
                raise
            if not rec.done:
                iterator_close(rec)
        return bind_array
