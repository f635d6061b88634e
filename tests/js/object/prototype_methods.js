function attempt(f) {
  try { return f(); } catch (e) { return e.constructor.name + ": " + e.message; }
}
const o = { own: 1 };
console.log(o.hasOwnProperty("own"), o.hasOwnProperty("toString"), "abc".hasOwnProperty(1), "abc".hasOwnProperty("length"));
console.log(attempt(() => Object.prototype.hasOwnProperty.call(null, "x")));
// ToPropertyKey runs before ToObject.
console.log(attempt(() => Object.prototype.hasOwnProperty.call(null, { toString() { throw new Error("key first"); } })));

console.log(Object.prototype.isPrototypeOf(o), Array.prototype.isPrototypeOf([]), Array.prototype.isPrototypeOf({}));
console.log(Object.prototype.isPrototypeOf.call(null, 1));
console.log(attempt(() => Object.prototype.isPrototypeOf.call(null, {})));

console.log(o.propertyIsEnumerable("own"), [1].propertyIsEnumerable("length"), [1].propertyIsEnumerable(0));
console.log(attempt(() => Object.prototype.propertyIsEnumerable.call(undefined, "x")));

console.log(o.valueOf() === o, typeof Object.prototype.valueOf.call(1));
console.log(attempt(() => Object.prototype.valueOf.call(null)));
console.log(o.toLocaleString(), Object.prototype.toLocaleString.call(1), Object.prototype.toLocaleString.call("s"));
console.log(attempt(() => Object.prototype.toLocaleString.call(null)));
console.log(({ toString() { return "custom"; } }).toLocaleString());

// Legacy accessor methods.
const a = {};
a.__defineGetter__("x", function () { return "got"; });
a.__defineSetter__("x", function (v) { this.stored = v; });
a.x = 5;
console.log(a.x, a.stored, Object.keys(a).join());
const xd = Object.getOwnPropertyDescriptor(a, "x");
console.log(xd.enumerable, xd.configurable);
console.log(a.__lookupGetter__("x") === xd.get, a.__lookupSetter__("x") === xd.set);
console.log(a.__lookupGetter__("stored"), a.__lookupGetter__("nope"));
console.log(Object.create(a).__lookupGetter__("x") === xd.get);
console.log({}.__lookupGetter__("__proto__").name);
console.log(attempt(() => a.__defineGetter__("y", 1)));
console.log(attempt(() => a.__defineSetter__("y", {})));
console.log(attempt(() => Object.prototype.__defineGetter__.call(Object.freeze({}), "x", function () {})));
console.log(attempt(() => Object.prototype.__lookupGetter__.call(null, "x")));
console.log(Object.prototype.__defineGetter__.call(1, "x", function () {}));

// The constructor.
console.log(typeof Object(), Object(null) instanceof Object, typeof Object(1), Object(o) === o);
console.log(typeof new Object("s"), new Object(1) instanceof Number);
class Sub extends Object { constructor() { super(7); } }
const sub = new Sub();
console.log(sub instanceof Sub, typeof sub.valueOf());
console.log(Object.length, Object.name, Object.prototype.constructor === Object);

// expect: true false true true
// expect: TypeError: Cannot convert undefined or null to object
// expect: Error: key first
// expect: true true false
// expect: false
// expect: TypeError: Cannot convert undefined or null to object
// expect: true false true
// expect: TypeError: Cannot convert undefined or null to object
// expect: true object
// expect: TypeError: Cannot convert undefined or null to object
// expect: [object Object] 1 s
// expect: TypeError: Object.prototype.toLocaleString called on null or undefined
// expect: custom
// expect: got 5 x,stored
// expect: true true
// expect: true true
// expect: undefined undefined
// expect: true
// expect: get __proto__
// expect: TypeError: Object.prototype.__defineGetter__: Expecting function
// expect: TypeError: Object.prototype.__defineSetter__: Expecting function
// expect: TypeError: Cannot define property x, object is not extensible
// expect: TypeError: Cannot convert undefined or null to object
// expect: undefined
// expect: object true object true
// expect: object true
// expect: true object
// expect: 1 Object true
