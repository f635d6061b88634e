const f = function inner() {
  return typeof inner;
};
console.log(f(), typeof inner);

// The name binding is read-only: ignored in sloppy mode.
const g = function self() {
  self = 1;
  return typeof self;
};
console.log(g());

// And a TypeError in strict mode.
const h = function selfStrict() {
  "use strict";
  try {
    selfStrict = 1;
  } catch (e) {
    return e.constructor.name + ": " + e.message;
  }
};
console.log(h());

// Recursion through the inner name survives reassignment of the outer variable.
let fact = function factorial(n) { return n <= 1 ? 1 : n * factorial(n - 1); };
const saved = fact;
fact = null;
console.log(saved(10));
console.log(saved.name);

// expect: function undefined
// expect: function
// expect: TypeError: Assignment to constant variable.
// expect: 3628800
// expect: factorial
