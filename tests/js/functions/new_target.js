function F() {
  return new.target === F ? "called with new" : "called without new: " + typeof new.target;
}
console.log(new F() instanceof F);
console.log(F());

function G() {
  if (!new.target) return new G();
  this.made = true;
}
console.log(G().made);

class Base {
  constructor() {
    this.kind = new.target.name;
  }
}
class Derived extends Base {}
console.log(new Base().kind, new Derived().kind);

// Reflect.construct can pass a different new.target.
function Show() { this.nt = new.target; }
class Other {}
const made = Reflect.construct(Show, [], Other);
console.log(made.nt === Other, Object.getPrototypeOf(made) === Other.prototype);

// Arrow functions see the enclosing new.target.
function WithArrow() {
  const arrow = () => new.target;
  this.same = arrow() === WithArrow;
}
console.log(new WithArrow().same);

// new.target in a method is undefined.
const obj = { m() { return new.target; } };
console.log(obj.m());

// Abstract class pattern.
class Shape {
  constructor() {
    if (new.target === Shape) throw new TypeError("Shape is abstract");
  }
}
class Circle extends Shape {}
try { new Shape(); } catch (e) { console.log(e.message); }
console.log(new Circle() instanceof Shape);

// expect: true
// expect: called without new: undefined
// expect: true
// expect: Base Derived
// expect: true true
// expect: true
// expect: undefined
// expect: Shape is abstract
// expect: true
