"""Generator objects: %GeneratorFunction%, %GeneratorFunction.prototype%
and %GeneratorPrototype% (next, return, throw).

Realm attributes: ``generator_function_prototype``, ``generator_prototype``,
``generator_function_constructor``.
https://tc39.es/ecma262/#sec-generator-objects
"""

from ..runtime.values import undefined, SYM_TO_STRING_TAG
from ..runtime.objects import JSObject, Prop
from ..runtime.errors import throw_type_error
from ..runtime.function import BuiltinFunction
from ..compiler.generators import JSGenerator, generator_resume
from .registry import Table, install, arg

proto_methods = Table()


def _this_generator(this, method):
    if type(this) is not JSGenerator:
        throw_type_error("incompatible_receiver", f"[Generator].prototype.{method}",
                         "#<Object>" if isinstance(this, JSObject) else str(this))
    return this


@proto_methods("next", 1)
def generator_next(realm, this, args):
    """https://tc39.es/ecma262/#sec-generator.prototype.next"""
    return generator_resume(_this_generator(this, "next"), "next", arg(args, 0))


@proto_methods("return", 1)
def generator_return(realm, this, args):
    return generator_resume(_this_generator(this, "return"), "return", arg(args, 0))


@proto_methods("throw", 1)
def generator_throw(realm, this, args):
    return generator_resume(_this_generator(this, "throw"), "throw", arg(args, 0))


def _generator_function_call(realm, this, args):
    return realm.host_create_dynamic_function("generator", args, None)


def _generator_function_construct(realm, args, new_target):
    return realm.host_create_dynamic_function("generator", args, new_target)


def setup(realm):
    gfp = realm.generator_function_prototype = JSObject(realm.function_prototype)
    gp = realm.generator_prototype = JSObject(realm.iterator_prototype)
    install(realm, gp, proto_methods)
    gp.props[SYM_TO_STRING_TAG] = Prop("Generator", False, False, True)
    gfp.props["prototype"] = Prop(gp, False, False, True)
    gfp.props[SYM_TO_STRING_TAG] = Prop("GeneratorFunction", False, False, True)
    gp.props["constructor"] = Prop(gfp, False, False, True)
    ctor = BuiltinFunction(realm, _generator_function_call, "GeneratorFunction", 1,
                           _generator_function_construct, proto=realm.function_constructor)
    ctor.props["prototype"] = Prop(gfp, False, False, False)
    gfp.props["constructor"] = Prop(ctor, False, False, True)
    realm.generator_function_constructor = ctor
    realm.register("%GeneratorFunction%", ctor)
    realm.register("%GeneratorFunction.prototype%", gfp)
    realm.register("%GeneratorPrototype%", gp)
