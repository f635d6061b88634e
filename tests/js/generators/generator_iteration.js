function* letters() {
  yield "a";
  yield "b";
  yield "c";
}
for (const l of letters()) console.log("for-of", l);
console.log([...letters()].join(""));
console.log(Array.from(letters(), (x) => x.toUpperCase()).join(""));
const [x, ...rest] = letters();
console.log(x, rest.join(""));
console.log(Math.max(...(function* () { yield 3; yield 7; yield 5; })()));
console.log(new Set(letters()).size, new Map([...letters()].map((v, i) => [v, i])).get("c"));
// Return value is not part of iteration.
function* withReturn() { yield 1; return 2; }
console.log([...withReturn()].join(","));
// Generator objects are single-use.
const once = letters();
console.log([...once].length, [...once].length);
// Generators as object and class methods.
const obj = { *items() { yield* [1, 2]; }, *[Symbol.iterator]() { yield "iter"; } };
console.log([...obj.items()].join(), [...obj].join());
class Range {
  constructor(a, b) { this.a = a; this.b = b; }
  *[Symbol.iterator]() { for (let i = this.a; i < this.b; i++) yield i; }
}
console.log([...new Range(3, 7)].join(" "));
// Generator expressions capture this and arguments like normal functions.
function* args() { yield* arguments; yield this?.tag; }
console.log([...args.call({ tag: "T" }, 1, 2)].join(","));

// expect: for-of a
// expect: for-of b
// expect: for-of c
// expect: abc
// expect: ABC
// expect: a bc
// expect: 7
// expect: 3 2
// expect: 1
// expect: 3 0
// expect: 1,2 iter
// expect: 3 4 5 6
// expect: 1,2,T
