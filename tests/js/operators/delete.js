const o = { a: 1, b: 2 };
console.log(delete o.a, "a" in o);
console.log(delete o.missing);
console.log(delete o["b"], Object.keys(o).length);

const arr = [1, 2, 3];
console.log(delete arr[1], arr.length, 1 in arr);
console.log(arr.join("-"));

// Non-configurable properties: false in sloppy mode.
const fixed = {};
Object.defineProperty(fixed, "x", { value: 1, configurable: false });
console.log(delete fixed.x, fixed.x);
console.log(delete Math.PI, typeof Math.PI);
console.log(delete [].length);

// Deleting a non-reference is true.
console.log(delete 1, delete "x", delete (1 + 2));

// Variables cannot be deleted.
var v = 1;
console.log(delete v, v);

// Implicit globals can.
globalThis.implicitGlobal = 1;
console.log(delete globalThis.implicitGlobal, typeof implicitGlobal);

// Strict mode throws.
(function () {
  "use strict";
  try {
    delete fixed.x;
  } catch (e) {
    console.log(e.constructor.name + ": " + e.message);
  }
})();

// Inherited properties are not deleted through the child.
const parent = { p: 1 };
const child = Object.create(parent);
console.log(delete child.p, child.p);

// The object expression is still evaluated.
let evaluated = false;
function get() { evaluated = true; return {}; }
delete get().x;
console.log(evaluated);

// expect: true false
// expect: true
// expect: true 0
// expect: true 3 false
// expect: 1--3
// expect: false 1
// expect: false number
// expect: false
// expect: true true true
// expect: false 1
// expect: true undefined
// expect: TypeError: Cannot delete property 'x' of #<Object>
// expect: true 1
// expect: true
