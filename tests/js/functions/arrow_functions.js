const square = (x) => x * x;
const obj = () => ({ value: 1 });
const block = (a, b) => { return a + b; };
console.log(square(4), obj().value, block(1, 2));

// Arrows are not constructors.
try {
  new square(1);
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
console.log(square.prototype, "prototype" in square);

// Lexical this in callbacks.
class Timer {
  constructor() { this.ticks = 0; }
  run(n) {
    [...Array(n)].forEach(() => { this.ticks++; });
    return this.ticks;
  }
}
console.log(new Timer().run(3));

// call/apply/bind cannot change an arrow's this.
function outer() {
  return (() => this.id).call({ id: "ignored" });
}
console.log(outer.call({ id: "lexical" }));

// Arrow returning arrow (currying).
const add = (a) => (b) => (c) => a + b + c;
console.log(add(1)(2)(3));

// Names are inferred.
const named = () => {};
console.log(named.name, (() => {}).name === "");
// Immediately invoked.
console.log(((x) => x * 10)(5));
// Default, rest, and destructuring.
const f = ({ a }, [b], ...rest) => a + b + rest.length;
console.log(f({ a: 1 }, [2], 3, 4));

// expect: 16 1 3
// expect: TypeError: square is not a constructor
// expect: undefined false
// expect: 3
// expect: lexical
// expect: 6
// expect: named true
// expect: 50
// expect: 5
