console.log(early());
function early() { return "declared later, callable early"; }

// The last declaration wins.
function dup() { return 1; }
console.log(dup());
function dup() { return 2; }

// Function declarations beat vars of the same name at hoisting time.
console.log(typeof both);
var both = "var";
function both() {}
console.log(typeof both);

// Function expressions are not hoisted.
try {
  notYet();
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
var notYet = function () {};

// Hoisting inside nested functions.
function outer() {
  return inner();
  function inner() { return "inner hoisted"; }
}
console.log(outer());

// A function declaration inside a function shadows the outer one.
function shadow() { return "outer"; }
function user() {
  return shadow();
  function shadow() { return "inner"; }
}
console.log(user(), shadow());

// expect: declared later, callable early
// expect: 2
// expect: function
// expect: string
// expect: TypeError: notYet is not a function
// expect: inner hoisted
// expect: inner outer
