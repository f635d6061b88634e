"""Symbol: the constructor, Symbol.for/keyFor, the well-known symbols and
Symbol.prototype (toString, valueOf, description, [Symbol.toPrimitive],
[Symbol.toStringTag]).

Realm attributes: ``symbol_prototype``, ``symbol_constructor``.  The
GlobalSymbolRegistry is ``realm.symbol_registry`` (key string -> symbol).
https://tc39.es/ecma262/#sec-symbol-objects
"""

from ..runtime.values import (undefined, JSSymbol, WELL_KNOWN_SYMBOLS, SYM_TO_PRIMITIVE,
                              SYM_TO_STRING_TAG)
from ..runtime.objects import JSObject, Prop
from ..runtime.errors import throw_type_error
from ..runtime.type_conversion import to_string
from ..runtime.object_operations import no_side_effects_to_string
from .registry import Table, install, make_constructor, arg
from .wrappers import this_primitive

statics = Table()
proto_methods = Table()


def symbol_call(realm, this, args):
    """https://tc39.es/ecma262/#sec-symbol-description (NewTarget undefined)"""
    description = arg(args, 0)
    return JSSymbol(undefined if description is undefined else to_string(description))


def symbol_construct(realm, args, new_target):
    """Step 1: Symbol is a constructor only so that classes may extend it;
    ``new Symbol()`` and ``super()`` into it throw."""
    throw_type_error("not_constructor", "Symbol")


@statics("for", 1)
def symbol_for(realm, this, args):
    """https://tc39.es/ecma262/#sec-symbol.for"""
    key = to_string(arg(args, 0))
    registry = realm.symbol_registry
    sym = registry.get(key)
    if sym is None:
        sym = JSSymbol(key, registered_key=key)
        registry[key] = sym
    return sym


@statics("keyFor", 1)
def symbol_key_for(realm, this, args):
    """https://tc39.es/ecma262/#sec-symbol.keyfor"""
    sym = arg(args, 0)
    if type(sym) is not JSSymbol:
        throw_type_error(no_side_effects_to_string(sym) + " is not a symbol")
    # KeyForSymbol (https://tc39.es/ecma262/#sec-keyforsymbol)
    return undefined if sym.registered_key is None else sym.registered_key


@proto_methods("toString", 0)
def symbol_proto_to_string(realm, this, args):
    """https://tc39.es/ecma262/#sec-symbol.prototype.tostring"""
    return this_primitive(this, JSSymbol, "Symbol.prototype.toString").descriptive_string()


@proto_methods("valueOf", 0)
def symbol_proto_value_of(realm, this, args):
    """https://tc39.es/ecma262/#sec-symbol.prototype.valueof"""
    return this_primitive(this, JSSymbol, "Symbol.prototype.valueOf")


@proto_methods(("get", "description"), 0)
def symbol_proto_description(realm, this, args):
    """https://tc39.es/ecma262/#sec-symbol.prototype.description"""
    return this_primitive(this, JSSymbol, "Symbol.prototype.description").description


@proto_methods(SYM_TO_PRIMITIVE, 1)
def symbol_proto_to_primitive(realm, this, args):
    """https://tc39.es/ecma262/#sec-symbol.prototype-%symbol.toprimitive%"""
    return this_primitive(this, JSSymbol, "Symbol.prototype [ @@toPrimitive ]")


def setup(realm):
    proto = JSObject(realm.object_prototype)
    realm.symbol_prototype = proto
    c = make_constructor(realm, "Symbol", 0, symbol_call, symbol_construct, proto)
    realm.symbol_constructor = c
    install(realm, c, statics)
    for name, sym in WELL_KNOWN_SYMBOLS.items():
        c.props[name] = Prop(sym, False, False, False)
        if sym.registered_key is not None:
            # Symbol.dispose / asyncDispose are registered symbols in node 20.
            realm.symbol_registry[sym.registered_key] = sym
    # V8's key order: constructor, toString, valueOf, description,
    # @@toStringTag, @@toPrimitive.
    install_methods = [e for e in proto_methods.entries if e[0] is not SYM_TO_PRIMITIVE]
    tail = [e for e in proto_methods.entries if e[0] is SYM_TO_PRIMITIVE]
    ordered = Table()
    ordered.entries = install_methods
    install(realm, proto, ordered)
    proto.props[SYM_TO_STRING_TAG] = Prop("Symbol", False, False, True)
    ordered.entries = tail
    install(realm, proto, ordered)
    # [Symbol.toPrimitive] is read-only (configurable) so that a plain
    # assignment cannot change how symbols convert.
    proto.props[SYM_TO_PRIMITIVE].writable = False
    realm.define_global("Symbol", c)
    realm.register("%Symbol%", c)
    realm.register("%Symbol.prototype%", proto)
