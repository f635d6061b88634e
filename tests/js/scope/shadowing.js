const x = "global x";
function f(x) {
  return x;
}
console.log(f("param x"));

function g() {
  const x = "local x";
  const inner = () => x;
  return inner();
}
console.log(g());

function h() {
  return x;
}
console.log(h());

// Parameter shadowed by a function declaration in the body.
function p(a) {
  function a() {}
  return typeof a;
}
console.log(p(1));

// Arguments shadowed by a parameter named arguments.
function q(arguments) {
  return arguments;
}
console.log(q("param named arguments"));

// Catch parameter shadows, var inside catch assigns the function var.
function r() {
  var e = "outer";
  try {
    throw "thrown";
  } catch (e) {
    var e = "assigned inside catch";
  }
  return e;
}
console.log(r());

// Named function expression name shadowed by a var inside.
const named = function fact() {
  var fact = "shadowed";
  return fact;
};
console.log(named());

// expect: param x
// expect: local x
// expect: global x
// expect: function
// expect: param named arguments
// expect: outer
// expect: shadowed
