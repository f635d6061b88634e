class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  add(other) { return new Point(this.x + other.x, this.y + other.y); }
  toString() { return `(${this.x}, ${this.y})`; }
}
const p = new Point(1, 2).add(new Point(10, 20));
console.log(String(p), p instanceof Point);
console.log(typeof Point, Object.getPrototypeOf(p) === Point.prototype);
console.log(Point.prototype.constructor === Point);
// Methods are non-enumerable.
console.log(Object.keys(Point.prototype).length, Object.getOwnPropertyNames(Point.prototype).join(","));
const d = Object.getOwnPropertyDescriptor(Point.prototype, "add");
console.log(d.writable, d.enumerable, d.configurable);
// prototype is non-writable.
const pd = Object.getOwnPropertyDescriptor(Point, "prototype");
console.log(pd.writable, pd.enumerable, pd.configurable);
// Calling without new throws.
try { Point(1, 2); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
// Default constructor.
class Empty {}
console.log(new Empty() instanceof Empty, Empty.length, Point.length);
// Class bodies are strict.
class StrictCheck {
  m() { return (function () { return this; })(); }
}
console.log(new StrictCheck().m());
// Methods are not constructors.
try { new (new Point(0, 0).add)(); } catch (e) { console.log(e.constructor.name); }
// Class expressions.
const Anon = class {};
const Named = class Inner { who() { return Inner.name; } };
console.log(Anon.name, Named.name, new Named().who());
// Computed method names.
const methodName = "dyn";
class Computed {
  [methodName + "amic"]() { return "dynamic method"; }
  [Symbol.iterator]() { return [1, 2][Symbol.iterator](); }
}
console.log(new Computed().dynamic(), [...new Computed()].join(","));

// expect: (11, 22) true
// expect: function true
// expect: true
// expect: 0 constructor,add,toString
// expect: true false true
// expect: false false false
// expect: TypeError: Class constructor Point cannot be invoked without 'new'
// expect: true 0 2
// expect: undefined
// expect: TypeError
// expect: Anon Inner Inner
// expect: dynamic method 1,2
