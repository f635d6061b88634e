// Parameter defaults live in their own scope: they cannot see body vars.
var x = "outer";
function f(a = x) {
  var x = "body";
  return a + " / " + x;
}
console.log(f());

// A closure in a default captures the parameter scope, not the body's var.
function g(a = 1, read = () => a) {
  var a = 2;
  return read() + " vs " + a;
}
console.log(g());

// Assigning the parameter from a default closure affects the parameter scope.
function h(a = 1, set = (v) => { a = v; }) {
  set(5);
  return a;
}
console.log(h());

// Body var shadowing a parameter starts with the parameter's value.
function k(a = 10) {
  var a;
  return a;
}
console.log(k());

// Default expressions see `this` and `arguments` of the call.
function m(a = this.tag, b = arguments.length) { return a + ":" + b; }
console.log(m.call({ tag: "T" }), m.call({ tag: "T" }, undefined, 9, 9));

// Function declarations in the body do not leak into defaults.
function n(a = typeof inner) {
  function inner() {}
  return a;
}
console.log(n());

// Errors thrown in defaults propagate from the call.
function thrower(a = (() => { throw new Error("default threw"); })()) { return a; }
try { thrower(); } catch (e) { console.log(e.message); }
console.log(thrower("given"));

// expect: outer / body
// expect: 1 vs 2
// expect: 5
// expect: 10
// expect: T:0 T:9
// expect: undefined
// expect: default threw
// expect: given
