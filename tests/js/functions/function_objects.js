// Immediately invoked function expressions and function statements as values.
const result = (function (a) { return a * 2; })(21);
console.log(result);
const r2 = (function () { return "inner"; }());
console.log(r2);
!function () { console.log("bang iife"); }();
void function () { console.log("void iife"); }();
console.log((() => "arrow iife")());

// Functions are objects with properties.
function tagged() { return tagged.count = (tagged.count || 0) + 1; }
tagged(); tagged();
console.log(tagged.count);
tagged.extra = "prop";
console.log(Object.keys(tagged).join(","));

// Function.prototype is callable and returns undefined.
console.log(Function.prototype(), typeof Function.prototype);

// prototype property of ordinary functions.
function Ctor() {}
console.log(typeof Ctor.prototype, Ctor.prototype.constructor === Ctor);
console.log(Object.getOwnPropertyNames(Ctor.prototype).join(","));
const pd = Object.getOwnPropertyDescriptor(Ctor, "prototype");
console.log(pd.writable, pd.enumerable, pd.configurable);
// Methods and arrows have none.
console.log(({ m() {} }).m.prototype, (() => {}).prototype);
// Generators have a prototype without constructor.
function* gen() {}
console.log(typeof gen.prototype, Object.getOwnPropertyNames(gen.prototype).length);

// expect: 42
// expect: inner
// expect: bang iife
// expect: void iife
// expect: arrow iife
// expect: 2
// expect: count,extra
// expect: undefined function
// expect: object true
// expect: constructor
// expect: true false false
// expect: undefined undefined
// expect: object 0
