// var inside with assigns through the object when the name exists there.
const obj = { x: "object x" };
function test() {
  with (obj) {
    var x = "assigned via var";
  }
  return [obj.x, typeof x === "undefined" ? "var hoisted undefined" : x].join(" | ");
}
console.log(test());
// var of a new name creates a function-level binding.
function test2() {
  with (obj) {
    var fresh = "fresh";
  }
  return fresh + " " + ("fresh" in obj);
}
console.log(test2());
// let inside with is block-scoped.
with (obj) {
  let x = "block x";
  console.log(x);
}
console.log(obj.x);
// with is a SyntaxError in strict code.
try {
  eval("'use strict'; with (obj) {}");
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
// with and typeof of missing names.
with ({}) {
  console.log(typeof definitelyMissing);
}

// expect: assigned via var | var hoisted undefined
// expect: fresh false
// expect: block x
// expect: assigned via var
// expect: SyntaxError: Strict mode code may not include a with statement
// expect: undefined
