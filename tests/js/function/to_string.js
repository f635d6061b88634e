function attempt(f) {
  try { return f(); } catch (e) { return e.constructor.name + ": " + e.message; }
}
function   spaced ( a,b ) { return a } // comment after
console.log(spaced.toString());
console.log(String((x) => x * 2));
console.log(String(async  function  named() {}));
console.log(String(function* gen() { yield 1; }));
class A { m() { return 1; } static s() {} get g() { return 1; } set g(v) {} }
console.log(String(A));
console.log(String(A.prototype.m), String(A.s));
const gd = Object.getOwnPropertyDescriptor(A.prototype, "g");
console.log(String(gd.get), String(gd.set));
const o = { method(a) { return a; }, ["comp" + "uted"]() {}, async am() {}, *gm() {} };
console.log(String(o.method), String(o.computed), String(o.am), String(o.gm));
console.log(String(Math.max), String(Array.prototype.push), String(Function.prototype));
console.log(String(Object.getOwnPropertyDescriptor(Object.prototype, "__proto__").get));
console.log(String(Symbol.prototype[Symbol.toPrimitive]));
console.log(String(Function.prototype[Symbol.hasInstance]));
console.log(String(new Proxy(function () {}, {})));
console.log(String(Object.getOwnPropertyDescriptor(Function.prototype, "caller").get));
// The initial name is used even after 'name' changes.
const mx = Math.max;
Object.defineProperty(mx, "name", { value: "renamed" });
console.log(String(mx), mx.name);
console.log(attempt(() => Function.prototype.toString.call({})));
console.log(attempt(() => Function.prototype.toString.call(1)));
console.log(Function.prototype.toString.length, Function.prototype.toString.name);

// expect: function   spaced ( a,b ) { return a }
// expect: (x) => x * 2
// expect: async  function  named() {}
// expect: function* gen() { yield 1; }
// expect: class A { m() { return 1; } static s() {} get g() { return 1; } set g(v) {} }
// expect: m() { return 1; } s() {}
// expect: get g() { return 1; } set g(v) {}
// expect: method(a) { return a; } ["comp" + "uted"]() {} async am() {} *gm() {}
// expect: function max() { [native code] } function push() { [native code] } function () { [native code] }
// expect: function get __proto__() { [native code] }
// expect: function [Symbol.toPrimitive]() { [native code] }
// expect: function [Symbol.hasInstance]() { [native code] }
// expect: function () { [native code] }
// expect: function () { [native code] }
// expect: function max() { [native code] } renamed
// expect: TypeError: Function.prototype.toString requires that 'this' be a Function
// expect: TypeError: Function.prototype.toString requires that 'this' be a Function
// expect: 0 toString
