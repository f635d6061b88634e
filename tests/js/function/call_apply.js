function attempt(f) {
  try { return f(); } catch (e) { return e.constructor.name + ": " + e.message; }
}
function who() { "use strict"; return [this, ...arguments].map(String).join(); }
function sloppyThis() { return typeof this; }
console.log(who.call("t", 1, 2), who.call(), who.call(null));
console.log(sloppyThis.call(1), sloppyThis.call(undefined) === typeof globalThis);
console.log(who.apply("t", [1, 2]), who.apply("t"), who.apply("t", null), who.apply("t", undefined));
console.log(who.apply("t", { length: 2, 0: "a", 1: "b" }), who.apply("t", { length: 1.9, 0: "x" }));
console.log(who.apply("t", "ignored".length ? { length: "2" } : 0));
console.log(attempt(() => who.apply("t", 1)));
console.log(attempt(() => who.apply("t", "abc")));
console.log(Math.max.apply(null, [1, 5, 3]), Math.max.call(null, 4, 2));
// Holes in the argument array become undefined.
console.log(who.apply(null, [1, , 3]));
const c = Function.prototype.call;
console.log(attempt(() => c.call(5)));
const holder = { c };
console.log(attempt(() => holder.c(5)));
console.log(attempt(() => Function.prototype.apply.call({})));
console.log(Function.prototype.call(), Function.prototype.apply());
console.log(Function.prototype.call.length, Function.prototype.apply.length, Function.prototype.call.name);

// expect: t,1,2 undefined null
// expect: object true
// expect: t,1,2 t t t
// expect: t,a,b t,x
// expect: t,undefined,undefined
// expect: TypeError: CreateListFromArrayLike called on non-object
// expect: TypeError: CreateListFromArrayLike called on non-object
// expect: 5 4
// expect: null,1,undefined,3
// expect: TypeError: c.call is not a function
// expect: TypeError: holder.c is not a function
// expect: TypeError: Function.prototype.apply.call is not a function
// expect: undefined undefined
// expect: 1 2 call
