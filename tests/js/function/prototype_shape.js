"use strict";
function attempt(f) {
  try { return f(); } catch (e) { return e.constructor.name + ": " + e.message; }
}
const fp = Function.prototype;
console.log(Reflect.ownKeys(fp).map(String).join());
console.log(typeof fp, fp(), fp.length, JSON.stringify(fp.name), Object.getPrototypeOf(fp) === Object.prototype);
console.log(attempt(() => new fp()));
console.log(fp.hasOwnProperty("prototype"));

// The poison-pill accessors.
const cd = Object.getOwnPropertyDescriptor(fp, "caller");
const ad = Object.getOwnPropertyDescriptor(fp, "arguments");
console.log(cd.get === cd.set, cd.get === ad.get, cd.enumerable, cd.configurable);
const thrower = cd.get;
console.log(Object.isExtensible(thrower), thrower.length, JSON.stringify(thrower.name));
const tl = Object.getOwnPropertyDescriptor(thrower, "length");
const tn = Object.getOwnPropertyDescriptor(thrower, "name");
console.log(tl.configurable, tl.writable, tn.configurable, tn.writable);
console.log(attempt(() => thrower()));
function strict() {}
console.log(attempt(() => strict.caller));
console.log(attempt(() => strict.arguments));
console.log(attempt(() => { strict.caller = 1; }));
console.log(strict.hasOwnProperty("caller"), strict.hasOwnProperty("arguments"));

// Symbol.hasInstance
const hd = Object.getOwnPropertyDescriptor(fp, Symbol.hasInstance);
console.log(hd.writable, hd.enumerable, hd.configurable, hd.value.name, hd.value.length);
class K {}
console.log(fp[Symbol.hasInstance].call(K, new K()), fp[Symbol.hasInstance].call(K, {}));
console.log(fp[Symbol.hasInstance].call({}, {}), fp[Symbol.hasInstance].call(K, 1));
const bk = K.bind(null);
console.log(fp[Symbol.hasInstance].call(bk, new K()));
console.log(attempt(() => fp[Symbol.hasInstance].call(Object.defineProperty(function () {}, "prototype", { value: 1 }), {})));
console.log(attempt(() => { K[Symbol.hasInstance] = () => true; }));
// A subclass can still define its own.
class Even { static [Symbol.hasInstance](n) { return n % 2 === 0; } }
console.log(2 instanceof Even, 3 instanceof Even);

// The constructor's shape.
console.log(Function.length, Function.name, fp.constructor === Function, Object.getPrototypeOf(Function) === fp);
const pd = Object.getOwnPropertyDescriptor(Function, "prototype");
console.log(pd.writable, pd.enumerable, pd.configurable);

// expect: length,name,arguments,caller,constructor,apply,bind,call,toString,Symbol(Symbol.hasInstance)
// expect: function undefined 0 "" true
// expect: TypeError: fp is not a constructor
// expect: false
// expect: true true false true
// expect: false 0 ""
// expect: false false false false
// expect: TypeError: 'caller', 'callee', and 'arguments' properties may not be accessed on strict mode functions or the arguments objects for calls to them
// expect: TypeError: 'caller', 'callee', and 'arguments' properties may not be accessed on strict mode functions or the arguments objects for calls to them
// expect: TypeError: 'caller', 'callee', and 'arguments' properties may not be accessed on strict mode functions or the arguments objects for calls to them
// expect: TypeError: 'caller', 'callee', and 'arguments' properties may not be accessed on strict mode functions or the arguments objects for calls to them
// expect: false false
// expect: false false false [Symbol.hasInstance] 1
// expect: true false
// expect: false false
// expect: true
// expect: TypeError: Function has non-object prototype '1' in instanceof check
// expect: TypeError: Cannot assign to read only property 'Symbol(Symbol.hasInstance)' of function 'class K {}'
// expect: true false
// expect: 1 Function true true
// expect: false false false
