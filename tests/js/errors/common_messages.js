function attempt(fn) {
  try {
    fn();
    console.log("no error");
  } catch (e) {
    console.log(e.constructor.name + ": " + e.message);
  }
}
const obj = { a: null, nested: {} };
let undef;
attempt(() => undef.prop);
attempt(() => obj.a.prop);
attempt(() => obj.missing.prop);
attempt(() => obj.nested.fn());
attempt(() => obj.a[0]);
attempt(() => { obj.a.x = 1; });
attempt(() => { undef[Symbol.iterator] = 1; });
attempt(() => missingGlobal);
attempt(() => Symbol() + 1);
attempt(() => new Array(2 ** 32));
attempt(() => "x".repeat(-1));
attempt(() => Object.defineProperty(1, "x", {}));
attempt(() => Object.create(5));
attempt(() => JSON.parse("[1,]"));
attempt(() => decodeURIComponent("%"));
attempt(() => new Set(5));
attempt(() => null());
attempt(() => Reflect.ownKeys(1));
attempt(() => [].reduce((a, b) => a));
attempt(() => structuredCloneMissing());

// expect: TypeError: Cannot read properties of undefined (reading 'prop')
// expect: TypeError: Cannot read properties of null (reading 'prop')
// expect: TypeError: Cannot read properties of undefined (reading 'prop')
// expect: TypeError: obj.nested.fn is not a function
// expect: TypeError: Cannot read properties of null (reading '0')
// expect: TypeError: Cannot set properties of null (setting 'x')
// expect: TypeError: Cannot set properties of undefined (setting 'Symbol(Symbol.iterator)')
// expect: ReferenceError: missingGlobal is not defined
// expect: TypeError: Cannot convert a Symbol value to a number
// expect: RangeError: Invalid array length
// expect: RangeError: Invalid count value: -1
// expect: TypeError: Object.defineProperty called on non-object
// expect: TypeError: Object prototype may only be an Object or null: 5
// expect: SyntaxError: Unexpected token ']', "[1,]" is not valid JSON
// expect: URIError: URI malformed
// expect: TypeError: number 5 is not iterable (cannot read property Symbol(Symbol.iterator))
// expect: TypeError: null is not a function
// expect: TypeError: Reflect.ownKeys called on non-object
// expect: TypeError: Reduce of empty array with no initial value
// expect: ReferenceError: structuredCloneMissing is not defined
