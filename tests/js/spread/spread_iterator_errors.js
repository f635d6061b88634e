function attempt(label, fn) {
  try {
    const r = fn();
    console.log(label, "ok", r);
  } catch (e) {
    console.log(label, e.constructor.name + ": " + e.message);
  }
}
const num = 5;
const nothing = null;
const plain = {};
attempt("number", () => [...num]);
attempt("null", () => [...nothing]);
attempt("plain object", () => [...plain]);
attempt("iterator not object", () => [...{ [Symbol.iterator]() { return 1; } }]);
try {
  [...{ [Symbol.iterator]() { return {}; } }];
} catch (e) {
  console.log("next not callable", e.constructor.name);
}
attempt("result not object", () => [...{ [Symbol.iterator]() { return { next() { return 3; } }; } }]);
attempt("iterator throws", () => [...{ [Symbol.iterator]() { throw new Error("from @@iterator"); } }]);
attempt("next throws", () => [...{ [Symbol.iterator]() { return { next() { throw new Error("from next"); } }; } }]);
attempt("iterable object", () => [...{ *[Symbol.iterator]() { yield 1; yield 2; } }].join("+"));

// expect: number TypeError: num is not iterable
// expect: null TypeError: nothing is not iterable
// expect: plain object TypeError: plain is not iterable
// expect: iterator not object TypeError: Result of the Symbol.iterator method is not an object
// expect: next not callable TypeError
// expect: result not object TypeError: Iterator result 3 is not an object
// expect: iterator throws Error: from @@iterator
// expect: next throws Error: from next
// expect: iterable object ok 1+2
