"use strict";
try {
  undeclaredVariable = 1;
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
console.log(typeof undeclaredVariable, "undeclaredVariable" in globalThis);
// A global property created elsewhere can be assigned.
globalThis.existing = 1;
existing = 2;
console.log(globalThis.existing);
delete globalThis.existing;
// After deletion, assignment throws again.
try {
  existing = 3;
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
// The right-hand side is evaluated before the error.
let evaluated = false;
try {
  alsoUndeclared = (evaluated = true);
} catch (e) {
  console.log("rhs evaluated:", evaluated);
}

// expect: ReferenceError: undeclaredVariable is not defined
// expect: undefined false
// expect: 2
// expect: ReferenceError: existing is not defined
// expect: rhs evaluated: true
