function attempt(f) {
  try { return f(); } catch (e) { return e.constructor.name + ": " + e.message; }
}
const base = { hello() { return "hi"; } };
const child = Object.create(base);
console.log(Object.getPrototypeOf(child) === base, child.hello());
console.log(Object.getPrototypeOf(Object.create(null)));
console.log(Object.getPrototypeOf(1) === Number.prototype, Object.getPrototypeOf("s") === String.prototype);
console.log(attempt(() => Object.getPrototypeOf(undefined)));
console.log(attempt(() => Object.create(1)));
console.log(attempt(() => Object.create(undefined)));
console.log(attempt(() => Object.create("abc")));

// setPrototypeOf
const x = {};
console.log(Object.setPrototypeOf(x, base) === x, x.hello());
console.log(Object.setPrototypeOf(1, null), Object.setPrototypeOf("str", {}));
console.log(attempt(() => Object.setPrototypeOf(undefined, null)));
console.log(attempt(() => Object.setPrototypeOf({}, 2)));
console.log(attempt(() => Object.setPrototypeOf(Object.preventExtensions({}), {})));
console.log(attempt(() => Object.setPrototypeOf(Object.preventExtensions([]), {})));
console.log(attempt(() => Object.setPrototypeOf(Object.preventExtensions(new (class Foo {})()), {})));
console.log(attempt(() => Object.setPrototypeOf(base, child)));
console.log(attempt(() => Object.setPrototypeOf(Object.prototype, {})));
console.log(Object.setPrototypeOf(Object.prototype, null) === Object.prototype);
// Same prototype on a non-extensible object is allowed.
const ne = Object.preventExtensions({});
console.log(Object.setPrototypeOf(ne, Object.prototype) === ne);

// __proto__ accessor.
const d = Object.getOwnPropertyDescriptor(Object.prototype, "__proto__");
console.log(typeof d.get, typeof d.set, d.enumerable, d.configurable, d.get.name, d.set.name);
const y = {};
y.__proto__ = base;
console.log(y.hello(), y.__proto__ === base);
y.__proto__ = 5; // ignored: not an object or null
console.log(Object.getPrototypeOf(y) === base);
console.log(d.get.call(1) === Number.prototype);
console.log(d.set.call(1, {}));
console.log(attempt(() => d.set.call(null, {})));
console.log(attempt(() => d.get.call(undefined)));
console.log(attempt(() => { base.__proto__ = y; }));
console.log(attempt(() => { Object.prototype.__proto__ = {}; }));
const nul = Object.create(null);
nul.__proto__ = base; // no accessor on the chain: an ordinary property
console.log(Object.getPrototypeOf(nul), Object.keys(nul).join());

// expect: true hi
// expect: null
// expect: true true
// expect: TypeError: Cannot convert undefined or null to object
// expect: TypeError: Object prototype may only be an Object or null: 1
// expect: TypeError: Object prototype may only be an Object or null: undefined
// expect: TypeError: Object prototype may only be an Object or null: abc
// expect: true hi
// expect: 1 str
// expect: TypeError: Object.setPrototypeOf called on null or undefined
// expect: TypeError: Object prototype may only be an Object or null: 2
// expect: TypeError: #<Object> is not extensible
// expect: TypeError: [object Array] is not extensible
// expect: TypeError: #<Foo> is not extensible
// expect: TypeError: Cyclic __proto__ value
// expect: TypeError: Immutable prototype object 'Object.prototype' cannot have their prototype set
// expect: true
// expect: true
// expect: function function false true get __proto__ set __proto__
// expect: hi true
// expect: true
// expect: true
// expect: undefined
// expect: TypeError: set Object.prototype.__proto__ called on null or undefined
// expect: TypeError: Cannot convert undefined or null to object
// expect: TypeError: Cyclic __proto__ value
// expect: TypeError: Immutable prototype object 'Object.prototype' cannot have their prototype set
// expect: null __proto__
