// Functions made with the Function constructor close over the global scope only.
const moduleLocal = "module local";
globalThis.globalValue = "global value";
function outer() {
  const local = "function local";
  const f = new Function("return typeof local + ' / ' + typeof moduleLocal + ' / ' + globalValue");
  return f();
}
console.log(outer());
delete globalThis.globalValue;
// Sloppy by default: this is the global object.
console.log(new Function("return this")() === globalThis);
// Strict inside with a directive.
console.log(new Function("'use strict'; return this")());
// var in the body stays local.
new Function("var insideOnly = 1")();
console.log(typeof insideOnly);
// Assigning to an undeclared name creates a global.
new Function("createdGlobal = 'made by Function'")();
console.log(globalThis.createdGlobal);
delete globalThis.createdGlobal;
// Function constructor is the same across references.
console.log(Function === (function () {}).constructor, Function.prototype.constructor === Function);

// expect: undefined / undefined / global value
// expect: true
// expect: undefined
// expect: undefined
// expect: made by Function
// expect: true true
