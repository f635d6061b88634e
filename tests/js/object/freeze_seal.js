"use strict";
function attempt(f) {
  try { return f(); } catch (e) { return e.constructor.name + ": " + e.message; }
}
const o = { a: 1, get g() { return 2; } };
console.log(Object.isFrozen(o), Object.isSealed(o), Object.isExtensible(o));
Object.seal(o);
console.log(Object.isFrozen(o), Object.isSealed(o), Object.isExtensible(o));
o.a = 5;
console.log(o.a, attempt(() => { delete o.a; }));
Object.freeze(o);
console.log(Object.isFrozen(o), attempt(() => { o.a = 6; }));
console.log(Object.getOwnPropertyDescriptor(o, "g").set, typeof Object.getOwnPropertyDescriptor(o, "g").get);

// Primitives pass through.
console.log(Object.freeze(1), Object.seal("s"), Object.preventExtensions(true));
console.log(Object.isFrozen(1), Object.isSealed("x"), Object.isExtensible(1));

// Empty non-extensible objects are frozen.
const e = Object.preventExtensions({});
console.log(Object.isFrozen(e), Object.isSealed(e));
console.log(attempt(() => { e.x = 1; }));

// Arrays.
const arr = Object.freeze([1, 2, 3]);
console.log(Object.isFrozen(arr), attempt(() => { arr[0] = 9; }), attempt(() => arr.push(4)));
console.log(arr.join(), arr.length);
const sealed = Object.seal([1, 2]);
sealed[0] = 10;
console.log(sealed.join(), attempt(() => { sealed.length = 0; }), sealed.length);

// Functions can be frozen too.
function f() {}
Object.freeze(f);
console.log(Object.isFrozen(f), attempt(() => { f.x = 1; }));

// expect: false false true
// expect: false true false
// expect: 5 TypeError: Cannot delete property 'a' of #<Object>
// expect: true TypeError: Cannot assign to read only property 'a' of object '#<Object>'
// expect: undefined function
// expect: 1 s true
// expect: true true false
// expect: true true
// expect: TypeError: Cannot add property x, object is not extensible
// expect: true TypeError: Cannot assign to read only property '0' of object '[object Array]' TypeError: Cannot add property 3, object is not extensible
// expect: 1,2,3 3
// expect: 10,2 TypeError: Cannot delete property '1' of [object Array] 2
// expect: true TypeError: Cannot add property x, object is not extensible
