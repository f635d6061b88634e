// Stack frames differ between engines, so these errors get a stack
// without frames (what node prints in brackets).
function plain(e) {
  e.stack = e.stack.split("\n")[0];
  return e;
}
console.log(plain(new Error("boom")));
console.log(plain(new TypeError("bad type")));
console.log([plain(new RangeError("in array"))]);
console.log({ err: plain(new Error("in object")) });
const withProps = plain(new Error("props"));
withProps.code = "E_CODE";
withProps.details = { a: 1 };
console.log(withProps);
const noMsg = plain(new Error());
console.log(noMsg);
const renamed = new Error("renamed");
renamed.name = "CustomName";
renamed.stack = "CustomName: renamed";
console.log(renamed);
class MyError extends Error {}
console.log(plain(new MyError("mine")));
class NamedError extends Error {
  constructor(m) { super(m); this.name = "NamedError"; }
}
console.log(plain(new NamedError("named")));
const withCause = plain(new Error("outer", { cause: plain(new Error("inner")) }));
console.log(withCause);
const causeValue = plain(new Error("c", { cause: 42 }));
console.log(causeValue);
const noStack = new Error("no stack");
delete noStack.stack;
console.log(noStack);
const customStack = new Error("x");
customStack.stack = "Something else entirely";
console.log(customStack);
const agg = plain(new AggregateError([plain(new Error("e1")), plain(new Error("e2"))], "many"));
console.log(agg);
const withFrames = new Error("framed");
withFrames.stack = "Error: framed\n    at fake (file.js:1:2)\n    at other (file.js:3:4)";
console.log(withFrames);
console.log({ nested: withFrames });

// expect: [Error: boom]
// expect: [TypeError: bad type]
// expect: [ [RangeError: in array] ]
// expect: { err: [Error: in object] }
// expect: [Error: props] { code: 'E_CODE', details: { a: 1 } }
// expect: [Error]
// expect: [CustomName: renamed]
// expect: [MyError: mine]
// expect: [NamedError: named]
// expect: [Error: outer] { [cause]: [Error: inner] }
// expect: [Error: c] { [cause]: 42 }
// expect: [Error: no stack]
// expect: [Something else entirely]
// expect: [AggregateError: many] { [errors]: [ [Error: e1], [Error: e2] ] }
// expect: Error: framed
// expect:     at fake (file.js:1:2)
// expect:     at other (file.js:3:4)
// expect: {
// expect:   nested: Error: framed
// expect:       at fake (file.js:1:2)
// expect:       at other (file.js:3:4)
// expect: }
