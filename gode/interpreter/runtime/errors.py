"""JS exceptions as Python exceptions, and the catalogue of error messages.

A thrown JS value travels up the Python stack inside :class:`JSThrow`.  Runtime
helpers that detect an error (a TypeError from a failed conversion, say) call
:func:`throw_type_error` and friends; those build the error object in the
realm of the running agent (see agent.py) so helpers need no realm argument.

Messages are worded like V8's so users can search them; every message used by
the runtime lives in :data:`MESSAGES`.
"""

from . import agent as _agent

__all__ = ["JSThrow", "InternalError", "MESSAGES", "throw_error", "throw_type_error",
           "throw_range_error", "throw_reference_error", "throw_syntax_error"]


class JSThrow(Exception):
    """A JavaScript exception in flight.  ``value`` is the thrown JS value.

    ``pos`` is the (source, offset) of the innermost operation that threw,
    filled in by the first compiled closure that sees the exception; the
    uncaught-error printer uses it for the source line and caret.
    """

    def __init__(self, value, pos=None):
        Exception.__init__(self, value)
        self.value = value
        self.pos = pos

    def __str__(self):
        from .type_conversion import describe_thrown
        return describe_thrown(self.value)


class InternalError(Exception):
    """A bug in gode itself (never a user error)."""


MESSAGES = {
    # ReferenceError
    "not_defined": "{0} is not defined",
    "tdz": "Cannot access '{0}' before initialization",
    "super_not_called": "Must call super constructor in derived class before accessing 'this' or returning from derived constructor",
    "super_called_twice": "Super constructor may only be called once",
    "invalid_lhs_assignment": "Invalid left-hand side in assignment",
    # TypeError
    "const_assign": "Assignment to constant variable.",
    "not_function": "{0} is not a function",
    "not_constructor": "{0} is not a constructor",
    "not_iterable": "{0} is not iterable",
    "not_async_iterable": "{0} is not async iterable",
    "read_prop_of": "Cannot read properties of {0} (reading '{1}')",
    "set_prop_of": "Cannot set properties of {0} (setting '{1}')",
    "convert_undefined_null": "Cannot convert undefined or null to object",
    "class_call": "Class constructor {0} cannot be invoked without 'new'",
    "in_non_object": "Cannot use 'in' operator to search for '{0}' in {1}",
    "instanceof_non_object": "Right-hand side of 'instanceof' is not an object",
    "instanceof_non_callable": "Right-hand side of 'instanceof' is not callable",
    "symbol_to_number": "Cannot convert a Symbol value to a number",
    "symbol_to_string": "Cannot convert a Symbol value to a string",
    "bigint_to_number": "Cannot convert a BigInt value to a number",
    "bigint_mix": "Cannot mix BigInt and other types, use explicit conversions",
    "to_primitive": "Cannot convert object to primitive value",
    "readonly_prop": "Cannot assign to read only property '{0}' of {1}",
    "define_prop": "Cannot redefine property: {0}",
    "define_non_extensible": "Cannot define property {0}, object is not extensible",
    "add_non_extensible": "Cannot add property {0}, object is not extensible",
    "delete_prop": "Cannot delete property '{0}' of {1}",
    "getter_only": "Cannot set property {0} of {1} which has only a getter",
    "proto_object_or_null": "Object prototype may only be an Object or null: {0}",
    "cyclic_proto": "Cyclic __proto__ value",
    "prevent_extensions_failed": "Cannot prevent extensions",
    "set_prototype_failed": "Object.setPrototypeOf failed on {0}",
    "called_on_non_object": "{0} called on non-object",
    "incompatible_receiver": "Method {0} called on incompatible receiver {1}",
    "private_read": "Cannot read private member {0} from an object whose class did not declare it",
    "private_write": "Cannot write private member {0} to an object whose class did not declare it",
    "private_redeclare": "Cannot initialize {0} twice on the same object",
    "private_method_write": "Private method '{0}' is not writable",
    "private_getter_only": "'{0}' was defined without a setter",
    "private_setter_only": "'{0}' was defined without a getter",
    "private_in_non_object": "Cannot use 'in' operator to search for '{0}' in {1}",
    "derived_return": "Derived constructors may only return object or undefined",
    "super_non_constructor": "Super constructor {0} of anonymous class is not a constructor",
    "extends_not_constructor": "Class extends value {0} is not a constructor or null",
    "proto_not_object": "Class extends value does not have valid prototype property {0}",
    "generator_running": "Generator is already running",
    "iterator_result_not_object": "Iterator result {0} is not an object",
    "strict_callee": "'caller', 'callee', and 'arguments' properties may not be accessed on strict mode functions or the arguments objects for calls to them",
    "cannot_freeze": "Cannot freeze",
    "bigint_no_unsigned_shift": "BigInts have no unsigned right shift, use >> instead",
    "bigint_division_by_zero": "Division by zero",
    "bigint_negative_exponent": "Exponent must be non-negative",
    "bigint_from_non_integer": "The number {0} cannot be converted to a BigInt because it is not an integer",
    "bigint_syntax": "Cannot convert {0} to a BigInt",
    "invalid_array_length": "Invalid array length",
    "reduce_empty": "Reduce of empty array with no initial value",
    "json_cyclic": "Converting circular structure to JSON",
    "bigint_json": "Do not know how to serialize a BigInt",
    "max_call_stack": "Maximum call stack size exceeded",
    "with_strict": "Strict mode code may not include a with statement",
    "spread_non_iterable": "Spread syntax requires ...iterable[Symbol.iterator] to be a function",
    "destructure_non_iterable": "{0} is not iterable",
    "destructure_null": "Cannot destructure '{0}' as it is {1}.",
    "destructure_prop_null": "Cannot destructure property '{0}' of '{1}' as it is {2}.",
    "object_not_extensible": "Cannot add property {0}, object is not extensible",
    "function_bind_target": "Bind must be called on a function",
    "object_to_primitive_symbol": "Cannot convert a Symbol value to a string",
}


def format_message(msg_id, *args):
    template = MESSAGES.get(msg_id)
    if template is None:
        return msg_id if not args else msg_id.format(*args)
    return template.format(*args)


def throw_error(kind, msg_id, *args):
    """Raise JSThrow carrying a new error of constructor name ``kind``.

    ``msg_id`` is a key of :data:`MESSAGES` or, if it is not one, the message
    text itself.
    """
    message = format_message(msg_id, *args)
    realm = _agent.current_realm()
    raise JSThrow(realm.new_error(kind, message))


def throw_type_error(msg_id, *args):
    throw_error("TypeError", msg_id, *args)


def throw_range_error(msg_id, *args):
    throw_error("RangeError", msg_id, *args)


def throw_reference_error(msg_id, *args):
    throw_error("ReferenceError", msg_id, *args)


def throw_syntax_error(msg_id, *args):
    throw_error("SyntaxError", msg_id, *args)
