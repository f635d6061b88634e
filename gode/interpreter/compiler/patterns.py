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
from ..runtime.object_operations import (get_v, get_iterator, iterator_step_value, iterator_close,
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


def _require_destructurable(value, first_key):
    if value is undefined or value is null:
        what = "undefined" if value is undefined else "null"
        if first_key is not None:
            throw_type_error("destructure_prop_null", first_key, what, what)
        throw_type_error(f"Cannot destructure '{what}' as it is {what}.")


class PatternsMixin:

    def compile_binding_pattern(self, pattern, init):
        """bind(env, value) for a declaration/parameter pattern; ``init``
        initializes let/const/param bindings (no TDZ/const checks)."""
        return self._pattern(pattern, init, assignment=False)

    def compile_assignment_pattern(self, pattern):
        return self._pattern(pattern, False, assignment=True)

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

    def _pattern(self, pattern, init, assignment):
        t = pattern["type"]
        if t == "Identifier":
            return self.compile_write(self.ref(pattern), pattern, init=init)
        if t == "AssignmentPattern":
            return self.compile_binding_element(pattern, init, assignment)
        if t == "ObjectPattern":
            return self._object_pattern(pattern, init, assignment)
        if t == "ArrayPattern":
            return self._array_pattern(pattern, init, assignment)
        if t == "RestElement":
            return self._pattern(pattern["argument"], init, assignment)
        if assignment:
            return self.compile_assign_target(pattern)
        raise NotImplementedError(t)

    def _object_pattern(self, pattern, init, assignment):
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
                key = key_node["name"] if key_node["type"] == "Identifier" else (
                    key_node["value"] if isinstance(key_node.get("value"), str)
                    else to_property_key(float(key_node["value"])) if key_node["type"] == "Literal"
                    and not isinstance(key_node.get("value"), str) else key_node.get("value"))
                key_fn = None
                if first_key is None and isinstance(key, str):
                    first_key = key
            value_node = p["value"]
            entries.append((key, key_fn, self._target(value_node, init, assignment)))
        entries = tuple(entries)
        site = self.site(pattern)

        def bind_object(env, value):
            if value is undefined or value is null:
                try:
                    _require_destructurable(value, first_key)
                except JSThrow as e:
                    annotate(e, site)
                    raise
            used = [] if rest is not None else None
            for key, key_fn, target in entries:
                k = key if key_fn is None else to_property_key(key_fn(env))
                if used is not None:
                    used.append(k)
                v = value.get(k, value) if isinstance(value, JSObject) else get_v(value, k)
                target(env, v)
            if rest is not None:
                obj = JSObject(realm.object_prototype)
                copy_data_properties(obj, value, set(used))
                rest(env, obj)
        return bind_object

    def _array_pattern(self, pattern, init, assignment):
        realm = self.realm
        elements = []
        for e in pattern["elements"]:
            if e is None:
                elements.append(None)
            elif e["type"] == "RestElement":
                elements.append(("rest", self._target(e["argument"], init, assignment)))
            else:
                elements.append(self._target(e, init, assignment))
        elements = tuple(elements)
        site = self.site(pattern)

        def bind_array(env, value):
            if type(value) is JSArray and value.elements is not None \
                    and realm.array_iteration_is_pristine(value):
                # Fast path: the array iterator is untouched and has no return().
                els = value.elements
                i = 0
                for target in elements:
                    if type(target) is tuple:
                        rest = [undefined if v is HOLE else v for v in els[i:]]
                        target[1](env, create_array_from_list(rest))
                        i = len(els)
                        continue
                    v = undefined
                    if i < len(els):
                        v = els[i]
                        if v is HOLE:
                            v = value.get_index(i)
                    i += 1
                    if target is not None:
                        target(env, v)
                return
            try:
                rec = get_iterator(value)
            except JSThrow as e:
                annotate(e, site)
                raise
            try:
                for target in elements:
                    if type(target) is tuple:
                        rest = []
                        while not rec.done:
                            v = iterator_step_value(rec)
                            if v is ABSENT:
                                break
                            rest.append(v)
                        target[1](env, create_array_from_list(rest))
                        continue
                    v = undefined
                    if not rec.done:
                        v = iterator_step_value(rec)
                        if v is ABSENT:
                            v = undefined
                    if target is not None:
                        target(env, v)
            except JSThrow as e:
                if not rec.done:
                    iterator_close(rec, e)
                raise
            if not rec.done:
                iterator_close(rec)
        return bind_array
