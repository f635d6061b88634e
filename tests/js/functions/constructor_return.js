function ReturnsObject() {
  this.a = 1;
  return { b: 2 };
}
const r1 = new ReturnsObject();
console.log(r1.a, r1.b, r1 instanceof ReturnsObject);

function ReturnsPrimitive() {
  this.a = 1;
  return 42;
}
const r2 = new ReturnsPrimitive();
console.log(r2.a, r2 instanceof ReturnsPrimitive);

function ReturnsNull() {
  this.a = "kept";
  return null;
}
console.log(new ReturnsNull().a);

function ReturnsFunction() {
  return function inner() {};
}
console.log(new ReturnsFunction().name);

class Base {
  constructor() { return { fromBase: true }; }
}
class Derived extends Base {
  constructor() { super(); this.extra = 1; }
}
const d = new Derived();
console.log(d.fromBase, d.extra, d instanceof Derived);

class BadDerived extends Base {
  constructor() { super(); return 1; }
}
try {
  new BadDerived();
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
class UndefinedReturn extends Base {
  constructor() { super(); return undefined; }
}
console.log(new UndefinedReturn().fromBase);

// Prototype of constructed objects follows F.prototype at call time.
function Shape() {}
Shape.prototype = { kind: "first" };
const s1 = new Shape();
Shape.prototype = { kind: "second" };
const s2 = new Shape();
console.log(s1.kind, s2.kind);
// Non-object prototype falls back to Object.prototype.
function NoProto() {}
NoProto.prototype = null;
console.log(Object.getPrototypeOf(new NoProto()) === Object.prototype);

// expect: undefined 2 false
// expect: 1 true
// expect: kept
// expect: inner
// expect: true 1 false
// expect: TypeError: Derived constructors may only return object or undefined
// expect: true
// expect: first second
// expect: true
