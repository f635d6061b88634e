"use strict";
// In strict functions, arguments is not mapped to the parameters.
function unmapped(a, b) {
  arguments[0] = "changed via arguments";
  b = "changed via param";
  return [a, arguments[1]].join(" | ");
}
console.log(unmapped(1, 2));

// callee throws.
function callee() {
  try {
    return arguments.callee;
  } catch (e) {
    return e.constructor.name + ": " + e.message;
  }
}
console.log(callee());

// Assigning to arguments is a SyntaxError, checked via eval.
try {
  eval("'use strict'; arguments = 1;");
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}

// expect: 1 | 2
// expect: TypeError: 'caller', 'callee', and 'arguments' properties may not be accessed on strict mode functions or the arguments objects for calls to them
// expect: SyntaxError: Unexpected eval or arguments in strict mode
