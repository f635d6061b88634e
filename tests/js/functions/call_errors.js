function attempt(fn) {
  try {
    fn();
  } catch (e) {
    console.log(e.constructor.name + ": " + e.message);
  }
}
const obj = { notFn: 1, nested: { deep: "str" } };
let undef;
attempt(() => undef());
attempt(() => obj.notFn());
attempt(() => obj.missing());
attempt(() => obj.nested.deep());
attempt(() => obj["notFn"]());
attempt(() => (1)());
attempt(() => new obj.notFn());
attempt(() => new (function () {}.bind())().x.y);
class A {}
attempt(() => A());
attempt(() => new Math.max());
attempt(() => new (async function () {})());
attempt(() => new (function* () {})());
const withMethod = { m() {} };
attempt(() => new withMethod.m());

// expect: TypeError: undef is not a function
// expect: TypeError: obj.notFn is not a function
// expect: TypeError: obj.missing is not a function
// expect: TypeError: obj.nested.deep is not a function
// expect: TypeError: obj.notFn is not a function
// expect: TypeError: 1 is not a function
// expect: TypeError: obj.notFn is not a constructor
// expect: TypeError: Cannot read properties of undefined (reading 'y')
// expect: TypeError: Class constructor A cannot be invoked without 'new'
// expect: TypeError: Math.max is not a constructor
// expect: TypeError: (intermediate value) is not a constructor
// expect: TypeError: (intermediate value) is not a constructor
// expect: TypeError: withMethod.m is not a constructor
