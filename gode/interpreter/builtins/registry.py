"""Declarative tables for builtin functions (goja's style).

Each builtin family module builds tables of ``(key, fn, length)`` with the
:class:`Table` decorator and installs them with :func:`install`:

    proto_methods = Table()

    @proto_methods("push", 1)
    def push(realm, this, args): ...

    def setup(realm):
        install(realm, realm.array_prototype, proto_methods)

A key is a str, a well-known JSSymbol, or ``("get", name)`` /
``("set", name)`` for accessors.  Builtin functions receive
``(realm, this, args)`` with ``args`` a Python list; :func:`arg` reads an
argument, giving ``undefined`` past the end.
"""

from ..runtime.values import undefined, JSSymbol
from ..runtime.objects import Prop
from ..runtime.function import BuiltinFunction


class Table:
    def __init__(self):
        self.entries = []

    def __call__(self, key, length, name=None):
        def register(fn):
            self.entries.append((key, fn, length, name))
            return fn
        return register

    def add(self, key, fn, length, name=None):
        self.entries.append((key, fn, length, name))


def function_name_for_key(key):
    if type(key) is JSSymbol:
        return "[" + key.description + "]"
    return key


def install(realm, target, table):
    """Define every entry of ``table`` on ``target`` (writable, non-enumerable,
    configurable; accessors non-enumerable, configurable)."""
    for key, fn, length, name in table.entries:
        if type(key) is tuple:
            kind, pkey = key
            fname = kind + " " + function_name_for_key(pkey)
            f = BuiltinFunction(realm, fn, name or fname, length)
            existing = target.props.get(pkey)
            if type(existing) is Prop and existing.accessor:
                if kind == "get":
                    existing.getter = f
                else:
                    existing.setter = f
            else:
                target.props[pkey] = Prop(undefined, False, False, True,
                                          f if kind == "get" else undefined,
                                          f if kind == "set" else undefined, True)
        else:
            f = BuiltinFunction(realm, fn, name or function_name_for_key(key), length)
            target.props[key] = Prop(f, True, False, True)


def make_function(realm, fn, name, length):
    return BuiltinFunction(realm, fn, name, length)


def make_constructor(realm, name, length, call_fn, construct_fn, prototype):
    """A builtin constructor linked both ways with ``prototype``."""
    c = BuiltinFunction(realm, call_fn, name, length, construct_fn)
    c.props["prototype"] = Prop(prototype, False, False, False)
    prototype.props["constructor"] = Prop(c, True, False, True)
    return c


def arg(args, i):
    return args[i] if i < len(args) else undefined
