const base = { greet() { return "hi from base"; } };
const o = { __proto__: base, own: 1 };
console.log(o.greet(), Object.getPrototypeOf(o) === base, Object.keys(o).join(","));
// __proto__: null makes a dictionary object.
const dict = { __proto__: null, a: 1 };
console.log(Object.getPrototypeOf(dict), "toString" in dict);
// A non-object, non-null value is ignored.
const ignored = { __proto__: 5 };
console.log(Object.getPrototypeOf(ignored) === Object.prototype);
// Computed ["__proto__"] creates an own property instead.
const computed = { ["__proto__"]: base };
console.log(Object.getPrototypeOf(computed) === Object.prototype, Object.keys(computed).join(","));
// Shorthand __proto__ also creates an own property.
const __proto__ = "shorthand value";
const short = { __proto__ };
console.log(Object.getPrototypeOf(short) === Object.prototype, short.__proto__ === "shorthand value" || Object.keys(short).join(","));
// Method named __proto__ is an own property too.
const method = { __proto__() { return "method"; } };
console.log(typeof Object.getOwnPropertyDescriptor(method, "__proto__").value);
// Duplicate __proto__ is a SyntaxError.
try {
  eval("({ __proto__: null, __proto__: null })");
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
// The __proto__ accessor on Object.prototype.
const target = {};
target.__proto__ = base;
console.log(target.greet());
console.log({}.__proto__ === Object.prototype, dict.__proto__);

// expect: hi from base true own
// expect: null false
// expect: true
// expect: true __proto__
// expect: true true
// expect: function
// expect: SyntaxError: Duplicate __proto__ fields are not allowed in object literals
// expect: hi from base
// expect: true undefined
