console.dir({ a: 1, b: [1, 2, { c: 3 }] });
console.dir("a string");
console.dir([1, "two"], { colors: false });
const custom = { [Symbol.for("nodejs.util.inspect.custom")]() { return "CUSTOM"; }, x: 1 };
console.log(custom);
console.dir(custom);
console.dir({ a: { b: { c: { d: {} } } } }, { depth: 1 });
console.dir({ long: "x".repeat(30), other: "y".repeat(30) }, { breakLength: 40 });
console.dir([1, 2, 3], { showHidden: true });

// expect: { a: 1, b: [ 1, 2, { c: 3 } ] }
// expect: 'a string'
// expect: [ 1, 'two' ]
// expect: CUSTOM
// expect: {
// expect:   x: 1,
// expect:   [Symbol(nodejs.util.inspect.custom)]: [Function: [nodejs.util.inspect.custom]]
// expect: }
// expect: { a: { b: [Object] } }
// expect: {
// expect:   long: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
// expect:   other: 'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy'
// expect: }
// expect: [ 1, 2, 3, [length]: 3 ]
