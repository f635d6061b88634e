"use strict";
function plain() { return this; }
console.log(plain());
console.log(plain.call(7), typeof plain.call("s"), plain.call(null));
const obj = { m: plain };
console.log(obj.m() === obj);
// No arguments.callee / caller access.
function noCallee() {
  try {
    return arguments.callee;
  } catch (e) {
    return e.constructor.name;
  }
}
console.log(noCallee());
try {
  plain.caller;
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
// arguments does not alias parameters.
function alias(a) {
  a = "changed";
  return arguments[0];
}
console.log(alias("original"));
// eval and arguments cannot be bound.
for (const code of ["let eval = 1", "function f(eval) {}", "try {} catch (arguments) {}"]) {
  try {
    eval(code);
  } catch (e) {
    console.log(e.constructor.name + ": " + e.message);
  }
}

// expect: undefined
// expect: 7 string null
// expect: true
// expect: TypeError
// expect: TypeError: 'caller', 'callee', and 'arguments' properties may not be accessed on strict mode functions or the arguments objects for calls to them
// expect: original
// expect: SyntaxError: Unexpected eval or arguments in strict mode
// expect: SyntaxError: Unexpected eval or arguments in strict mode
// expect: SyntaxError: Unexpected eval or arguments in strict mode
