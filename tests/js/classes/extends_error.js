class ValidationError extends Error {
  constructor(field, message) {
    super(message);
    this.name = "ValidationError";
    this.field = field;
  }
}
try {
  throw new ValidationError("email", "Email is invalid");
} catch (e) {
  console.log(e instanceof ValidationError, e instanceof Error);
  console.log(e.name, e.message, e.field);
  console.log(String(e));
  console.log(e.stack.split("\n")[0]);
  console.log(Object.prototype.toString.call(e));
}
// Without setting name, the name is inherited from Error.prototype.
class PlainSub extends Error {}
const p = new PlainSub("plain");
console.log(p.name, String(p), p.constructor.name);
// A name on the prototype.
class ProtoNamed extends Error {}
ProtoNamed.prototype.name = "ProtoNamed";
console.log(String(new ProtoNamed("x")), new ProtoNamed("y").stack.split("\n")[0]);
// Subclassing TypeError.
class MyTypeError extends TypeError {}
const t = new MyTypeError("bad type");
console.log(t instanceof TypeError, t.name, String(t));
// cause is passed through.
class WithCause extends Error {}
console.log(new WithCause("outer", { cause: "inner" }).cause);
// message own property only when given.
console.log(Object.hasOwn(new PlainSub(), "message"), Object.hasOwn(new PlainSub("m"), "message"));

// expect: true true
// expect: ValidationError Email is invalid email
// expect: ValidationError: Email is invalid
// expect: ValidationError: Email is invalid
// expect: [object Error]
// expect: Error Error: plain PlainSub
// expect: ProtoNamed: x ProtoNamed: y
// expect: true TypeError TypeError: bad type
// expect: inner
// expect: false true
