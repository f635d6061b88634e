function named() {}
const anon = function () {};
const arrow = () => {};
class A {}
class B extends A {}
const Anon = class {};
console.log(named, anon, arrow, A, B, Anon);
console.log([named, arrow], { fn: named, cls: A });
named.extra = 1;
console.log(named);
console.log(Math.max, [].push, Object, Function, Symbol, Error, JSON.parse);
console.log(named.bind(null));
const o = { method() {}, ["computed" + 1]() {}, get g() { return 1; } };
console.log(o.method, o.computed1);
class WithStatic { static s = 1; static m() {} }
console.log(WithStatic);
function* gen() {}
async function af() {}
const aarrow = async () => {};
console.log(gen, af, aarrow);

// expect: [Function: named] [Function: anon] [Function: arrow] [class A] [class B extends A] [class Anon]
// expect: [ [Function: named], [Function: arrow] ] { fn: [Function: named], cls: [class A] }
// expect: [Function: named] { extra: 1 }
// expect: [Function: max] [Function: push] [Function: Object] [Function: Function] [Function: Symbol] [Function: Error] { stackTraceLimit: 10 } [Function: parse]
// expect: [Function: bound named]
// expect: [Function: method] [Function: computed1]
// expect: [class WithStatic] { s: 1 }
// expect: [GeneratorFunction: gen] [AsyncFunction: af] [AsyncFunction: aarrow]
