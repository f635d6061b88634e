function attempt(f) {
  try { return f(); } catch (e) { return e.constructor.name + ": " + e.message; }
}
for (const name of ["defineProperty", "deleteProperty", "get", "getOwnPropertyDescriptor", "getPrototypeOf",
  "has", "isExtensible", "ownKeys", "preventExtensions", "set", "setPrototypeOf"]) {
  console.log(attempt(() => Reflect[name](1, "x", {})));
}
for (const v of [undefined, null, "s", Symbol("x"), 1n, true, {}, [1], new Map()]) {
  console.log(attempt(() => Reflect.apply(v)));
}
console.log(attempt(() => Reflect.apply(function () {}, null)));
console.log(attempt(() => Reflect.apply(function () {}, null, 1)));
for (const v of [undefined, {}, "s", () => 1, Math.max]) {
  console.log(attempt(() => Reflect.construct(v, [])));
}
console.log(attempt(() => Reflect.construct(function () {}, [], 1)));
console.log(attempt(() => Reflect.construct(function () {}, [], () => 1)));
console.log(attempt(() => Reflect.construct(function () {}, 1)));
console.log(attempt(() => Reflect.setPrototypeOf({}, 1)));
console.log(attempt(() => Reflect.setPrototypeOf({})));
console.log(attempt(() => Reflect.defineProperty({}, "x", 1)));
// The key is converted after the target check.
console.log(attempt(() => Reflect.get({}, { toString() { throw new Error("key"); } })));
console.log(attempt(() => Reflect.get(1, { toString() { throw new Error("key"); } })));

// expect: TypeError: Reflect.defineProperty called on non-object
// expect: TypeError: Reflect.deleteProperty called on non-object
// expect: TypeError: Reflect.get called on non-object
// expect: TypeError: Reflect.getOwnPropertyDescriptor called on non-object
// expect: TypeError: Reflect.getPrototypeOf called on non-object
// expect: TypeError: Reflect.has called on non-object
// expect: TypeError: Reflect.isExtensible called on non-object
// expect: TypeError: Reflect.ownKeys called on non-object
// expect: TypeError: Reflect.preventExtensions called on non-object
// expect: TypeError: Reflect.set called on non-object
// expect: TypeError: Reflect.setPrototypeOf called on non-object
// expect: TypeError: Function.prototype.apply was called on undefined, which is a undefined and not a function
// expect: TypeError: Function.prototype.apply was called on null, which is null and not a function
// expect: TypeError: Function.prototype.apply was called on s, which is a string and not a function
// expect: TypeError: Function.prototype.apply was called on Symbol(x), which is a symbol and not a function
// expect: TypeError: Function.prototype.apply was called on 1, which is a bigint and not a function
// expect: TypeError: Function.prototype.apply was called on true, which is a boolean and not a function
// expect: TypeError: Function.prototype.apply was called on #<Object>, which is an object and not a function
// expect: TypeError: Function.prototype.apply was called on [object Array], which is an object and not a function
// expect: TypeError: Function.prototype.apply was called on #<Map>, which is an object and not a function
// expect: TypeError: CreateListFromArrayLike called on non-object
// expect: TypeError: CreateListFromArrayLike called on non-object
// expect: TypeError: undefined is not a constructor
// expect: TypeError: #<Object> is not a constructor
// expect: TypeError: s is not a constructor
// expect: TypeError: () => 1 is not a constructor
// expect: TypeError: function max() { [native code] } is not a constructor
// expect: TypeError: 1 is not a constructor
// expect: TypeError: () => 1 is not a constructor
// expect: TypeError: CreateListFromArrayLike called on non-object
// expect: TypeError: Object prototype may only be an Object or null: 1
// expect: TypeError: Object prototype may only be an Object or null: undefined
// expect: TypeError: Property description must be an object: 1
// expect: Error: key
// expect: TypeError: Reflect.get called on non-object
