function attempt(f) {
  try { return f(); } catch (e) { return e.constructor.name + ": " + e.message; }
}
function describe(d) {
  if (d === undefined) return "undefined";
  return Object.keys(d).map((k) => k + ":" + (typeof d[k] === "function" ? "fn" : String(d[k]))).join(",");
}
const o = {};
Object.defineProperty(o, "x", { value: 1 });
console.log(describe(Object.getOwnPropertyDescriptor(o, "x")));
Object.defineProperty(o, "y", { get() { return 2; }, enumerable: true });
console.log(describe(Object.getOwnPropertyDescriptor(o, "y")), o.y);
console.log(attempt(() => Object.defineProperty(o, "x", { value: 2 })));
console.log(attempt(() => Object.defineProperty(o, "x", { value: 1, writable: false })) === o);
console.log(attempt(() => Object.defineProperty(o, "x", { enumerable: true })));
console.log(attempt(() => Object.defineProperty(o, "y", { value: 1 })));

// Argument validation and V8's messages.
console.log(attempt(() => Object.defineProperty(1, "x", {})));
console.log(attempt(() => Object.defineProperty({}, "x", 1)));
console.log(attempt(() => Object.defineProperty({}, "x", null)));
console.log(attempt(() => Object.defineProperty({}, "x", "str")));
console.log(attempt(() => Object.defineProperty({}, "x", { get: 1 })));
console.log(attempt(() => Object.defineProperty({}, "x", { set: {} })));
console.log(attempt(() => Object.defineProperty({}, "x", { set: [1] })));
console.log(attempt(() => Object.defineProperty({}, "x", { get() {}, value: 1 })));
console.log(attempt(() => Object.defineProperty(Object.freeze({}), "x", { value: 1 })));
console.log(attempt(() => Object.defineProperty(Object.freeze({}), Symbol("q"), { value: 1 })));
console.log(attempt(() => Object.defineProperty(Object.freeze([]), 0, { value: 1 })));

// Descriptor fields are read through the prototype chain, with getters.
const proto = { enumerable: true };
const desc = Object.create(proto);
Object.defineProperty(desc, "value", { get() { return "from getter"; } });
Object.defineProperty(o, "z", desc);
console.log(describe(Object.getOwnPropertyDescriptor(o, "z")));

// Keys are converted with ToPropertyKey.
Object.defineProperty(o, 1.5, { value: "num", enumerable: true });
Object.defineProperty(o, { toString() { return "objkey"; } }, { value: "ok", enumerable: true });
console.log(o["1.5"], o.objkey);

// Array length goes through ArraySetLength.
console.log(attempt(() => Object.defineProperty([], "length", { value: -1 })));
console.log(attempt(() => Object.defineProperty([], "length", { value: "3" }).length));
console.log(attempt(() => Object.defineProperty([1, 2], "length", { value: 0, configurable: true })));
console.log(attempt(() => Object.defineProperty([], "length", { get() {} })));
const locked = Object.defineProperty([1, 2, 3], "1", { configurable: false });
console.log(attempt(() => Object.defineProperty(locked, "length", { value: 0 })), locked.length);
const ro = Object.defineProperty([1, 2], "length", { writable: false });
console.log(attempt(() => Object.defineProperty(ro, "length", { value: 5 })));
console.log(attempt(() => Object.defineProperty(ro, "5", { value: 5 })));

// defineProperties and getOwnPropertyDescriptors.
const p = Object.defineProperties({}, {
  a: { value: 1, enumerable: true },
  b: { get() { return 2; } },
});
console.log(Object.keys(p).join(), p.a, p.b);
console.log(attempt(() => Object.defineProperties(1, {})));
console.log(attempt(() => Object.defineProperties({}, { a: 1 })));
const all = Object.getOwnPropertyDescriptors([7]);
console.log(Object.keys(all).join(), describe(all[0]), describe(all.length));
console.log(describe(Object.getOwnPropertyDescriptor("abc", 1)));
console.log(describe(Object.getOwnPropertyDescriptor("abc", "length")));
console.log(Object.getOwnPropertyDescriptor({}, "nope"));

// expect: value:1,writable:false,enumerable:false,configurable:false
// expect: get:fn,set:undefined,enumerable:true,configurable:false 2
// expect: TypeError: Cannot redefine property: x
// expect: true
// expect: TypeError: Cannot redefine property: x
// expect: TypeError: Cannot redefine property: y
// expect: TypeError: Object.defineProperty called on non-object
// expect: TypeError: Property description must be an object: 1
// expect: TypeError: Property description must be an object: null
// expect: TypeError: Property description must be an object: str
// expect: TypeError: Getter must be a function: 1
// expect: TypeError: Setter must be a function: #<Object>
// expect: TypeError: Setter must be a function: [object Array]
// expect: TypeError: Invalid property descriptor. Cannot both specify accessors and a value or writable attribute, #<Object>
// expect: TypeError: Cannot define property x, object is not extensible
// expect: TypeError: Cannot define property Symbol(q), object is not extensible
// expect: TypeError: Cannot define property 0, object is not extensible
// expect: value:from getter,writable:false,enumerable:true,configurable:false
// expect: num ok
// expect: RangeError: Invalid array length
// expect: 3
// expect: TypeError: Cannot redefine property: length
// expect: TypeError: Cannot redefine property: length
// expect: TypeError: Cannot delete property '1' of [object Array] 2
// expect: TypeError: Cannot redefine property: length
// expect: TypeError: Cannot define property 5, object is not extensible
// expect: a 1 2
// expect: TypeError: Object.defineProperties called on non-object
// expect: TypeError: Property description must be an object: 1
// expect: 0,length value:7,writable:true,enumerable:true,configurable:true value:1,writable:true,enumerable:false,configurable:false
// expect: value:b,writable:false,enumerable:true,configurable:false
// expect: value:3,writable:false,enumerable:false,configurable:false
// expect: undefined
