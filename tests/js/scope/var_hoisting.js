console.log(typeof hoisted, hoisted);
var hoisted = "value";
console.log(hoisted);

function f() {
  console.log("inside before:", inner);
  if (false) {
    var inner = "never assigned";
  }
  console.log("inside after:", inner);
  for (var i = 0; i < 2; i++) {}
  console.log("loop var after loop:", i);
  return typeof neverDeclared;
}
console.log(f());

// Redeclaring a var keeps the value.
var again = 1;
var again;
console.log(again);

// var in a catch block hoists to the function.
function g() {
  try { throw 1; } catch (e) { var fromCatch = e + 1; }
  return fromCatch;
}
console.log(g());

// A var and a parameter with the same name share the binding.
function h(p) {
  var p;
  return p;
}
console.log(h("param"));

// Top-level var in a CommonJS module is module-scoped, not a global property.
var moduleScoped = 1;
console.log("moduleScoped" in globalThis);

// expect: undefined undefined
// expect: value
// expect: inside before: undefined
// expect: inside after: undefined
// expect: loop var after loop: 2
// expect: undefined
// expect: 1
// expect: 2
// expect: param
// expect: false
