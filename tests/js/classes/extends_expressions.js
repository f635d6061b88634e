// Heritage can be any expression.
function mixin(Base) {
  return class extends Base {
    mixed() { return "mixed into " + Base.name; }
  };
}
class Core { core() { return "core"; } }
class Combined extends mixin(Core) {}
const c = new Combined();
console.log(c.core(), c.mixed());

// extends null.
class NullBase extends null {
  constructor() { return Object.create(NullBase.prototype); }
}
const n = new NullBase();
console.log(Object.getPrototypeOf(NullBase.prototype), n instanceof NullBase);
console.log(Object.getPrototypeOf(NullBase) === Function.prototype);

// Invalid heritage.
for (const bad of [5, "str", {}, () => {}]) {
  try {
    class X extends bad {}
  } catch (e) {
    console.log(e.constructor.name + ": " + e.message);
  }
}
// Heritage with a non-object prototype.
function BadProto() {}
BadProto.prototype = 3;
try {
  class Y extends BadProto {}
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
// A bound function has no prototype property, so it cannot be extended...
class Point { constructor(x) { this.x = x; } }
const BoundPoint = Point.bind(null, 99);
try {
  class Sub extends BoundPoint {}
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
// ...until it gets one.
BoundPoint.prototype = Point.prototype;
class Sub2 extends BoundPoint {}
const s2 = new Sub2();
console.log(s2.x, s2 instanceof Point);

// expect: core mixed into Core
// expect: null true
// expect: true
// expect: TypeError: Class extends value 5 is not a constructor or null
// expect: TypeError: Class extends value str is not a constructor or null
// expect: TypeError: Class extends value #<Object> is not a constructor or null
// expect: TypeError: Class extends value () => {} is not a constructor or null
// expect: TypeError: Class extends value does not have valid prototype property 3
// expect: TypeError: Class extends value does not have valid prototype property undefined
// expect: 99 true
