"""Builtin objects: one module per global (or family), each with ``setup(realm)``.

runtime/realm.py lists the modules in set-up order.  A module owns its
constructor, prototype and helpers; it creates the realm attributes named in
its docstring and must not modify objects owned by other modules (except to
install its own properties on the global object).
"""
