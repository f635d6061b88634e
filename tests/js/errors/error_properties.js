const e = new Error("msg");
console.log(e.name, e.message, String(e), e.toString === Error.prototype.toString);
console.log(Object.keys(e).length, Object.getOwnPropertyNames(e).sort().join(","));
const d = Object.getOwnPropertyDescriptor(e, "message");
console.log(d.writable, d.enumerable, d.configurable);
console.log(Error.prototype.name, Error.prototype.message === "", TypeError.prototype.name);
console.log(Object.getPrototypeOf(TypeError) === Error, Object.getPrototypeOf(TypeError.prototype) === Error.prototype);
// Calling without new also creates errors.
const noNew = TypeError("without new");
console.log(noNew instanceof TypeError, noNew.message);
// Message is converted to a string.
console.log(new Error(42).message, new Error({ toString() { return "obj"; } }).message, new Error(undefined).message === "");
// toString variations.
console.log(Error.prototype.toString.call({ name: "N", message: "M" }));
console.log(Error.prototype.toString.call({ name: "", message: "only message" }));
console.log(Error.prototype.toString.call({ name: "OnlyName", message: "" }));
console.log(Error.prototype.toString.call({}));
try {
  Error.prototype.toString.call(1);
} catch (err) {
  console.log(err.constructor.name + ": " + err.message);
}
// Non-error throwables.
try { throw { name: "Fake", message: "not an Error" }; } catch (x) { console.log(x instanceof Error, x.name); }

// expect: Error msg Error: msg true
// expect: 0 message,stack
// expect: true false true
// expect: Error true TypeError
// expect: true true
// expect: true without new
// expect: 42 obj true
// expect: N: M
// expect: only message
// expect: OnlyName
// expect: Error
// expect: TypeError: Method Error.prototype.toString called on incompatible receiver 1
// expect: false Fake
