class Animal {}
class Dog extends Animal {}
const d = new Dog();
console.log(d instanceof Dog, d instanceof Animal, d instanceof Object);
console.log([] instanceof Array, [] instanceof Object);
console.log(Object.create(null) instanceof Object);
console.log(1 instanceof Number, new Number(1) instanceof Number);
console.log("s" instanceof String);

function F() {}
const f = new F();
console.log(f instanceof F);
F.prototype = {};
console.log("after prototype swap", f instanceof F);

// Bound functions use the target's prototype.
const BoundDog = Dog.bind(null);
console.log(d instanceof BoundDog);

// Symbol.hasInstance.
const Even = {
  [Symbol.hasInstance](n) { console.log("hasInstance called with", n); return n % 2 === 0; },
};
console.log(2 instanceof Even);
console.log(3 instanceof Even);

class Truthy {
  static [Symbol.hasInstance](x) { return x ? "yes" : 0; }
}
console.log(1 instanceof Truthy, 0 instanceof Truthy);

// Errors.
for (const rhs of [1, {}, undefined]) {
  try { ({}) instanceof rhs; } catch (e) { console.log(e.constructor.name + ": " + e.message); }
}
// Non-object prototype property.
function G() {}
G.prototype = 3;
try { ({}) instanceof G; } catch (e) { console.log(e.constructor.name + ": " + e.message); }
console.log(1 instanceof G);

// expect: true true true
// expect: true true
// expect: false
// expect: false true
// expect: false
// expect: true
// expect: after prototype swap false
// expect: true
// expect: hasInstance called with 2
// expect: true
// expect: hasInstance called with 3
// expect: false
// expect: true false
// expect: TypeError: Right-hand side of 'instanceof' is not an object
// expect: TypeError: Right-hand side of 'instanceof' is not callable
// expect: TypeError: Right-hand side of 'instanceof' is not an object
// expect: TypeError: Function has non-object prototype '3' in instanceof check
// expect: false
