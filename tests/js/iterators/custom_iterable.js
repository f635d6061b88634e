class Countdown {
  constructor(from) { this.from = from; }
  [Symbol.iterator]() {
    let n = this.from;
    return {
      next: () => (n >= 0 ? { value: n--, done: false } : { value: undefined, done: true }),
    };
  }
}
console.log([...new Countdown(3)].join(","));
for (const n of new Countdown(1)) console.log("n", n);
const [a, b] = new Countdown(9);
console.log(a, b);
console.log(Array.from(new Countdown(2)).join(""));
// done can be missing (falsy) and value missing (undefined).
const sparse = {
  [Symbol.iterator]() {
    let i = 0;
    return { next() { i++; return i > 3 ? { done: true } : {}; } };
  },
};
console.log([...sparse].length, [...sparse][0]);
// done is coerced with ToBoolean.
const truthyDone = {
  [Symbol.iterator]() {
    let i = 0;
    return { next() { return { value: i, done: i++ >= 2 ? "yes" : 0 }; } };
  },
};
console.log([...truthyDone].join(","));
// The next method is fetched once.
let fetches = 0;
const iter = {
  [Symbol.iterator]() {
    let i = 0;
    const self = {};
    Object.defineProperty(self, "next", {
      get() { fetches++; return () => ({ value: i, done: i++ >= 3 }); },
    });
    return self;
  },
};
console.log([...iter].join(","), "next fetched", fetches);
// Iterator that is also iterable (returns itself).
const selfIter = {
  i: 0,
  next() { return { value: this.i, done: this.i++ >= 2 }; },
  [Symbol.iterator]() { return this; },
};
console.log([...selfIter].join(","));

// expect: 3,2,1,0
// expect: n 1
// expect: n 0
// expect: 9 8
// expect: 210
// expect: 3 undefined
// expect: 0,1
// expect: 0,1,2 next fetched 1
// expect: 0,1
