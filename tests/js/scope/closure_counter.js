function makeCounter(start) {
  let count = start;
  return {
    inc() { return ++count; },
    dec() { return --count; },
    get value() { return count; },
  };
}
const a = makeCounter(0);
const b = makeCounter(100);
a.inc(); a.inc(); b.dec();
console.log(a.value, b.value);

// Closures share the same environment.
function pair() {
  let shared = 0;
  return [() => shared++, () => shared];
}
const [bump, read] = pair();
bump(); bump(); bump();
console.log(read());

// Closure over a parameter.
const adders = [1, 2, 3].map((n) => (x) => x + n);
console.log(adders.map((f) => f(10)).join(","));

// Deeply nested closures.
function l1(a) {
  return function l2(b) {
    return function l3(c) {
      return function l4(d) { return [a, b, c, d].join("-"); };
    };
  };
}
console.log(l1(1)(2)(3)(4));

// Memoization with a closure.
function memo(fn) {
  const cache = new Map();
  return (n) => {
    if (!cache.has(n)) cache.set(n, fn(n));
    return cache.get(n);
  };
}
let calls = 0;
const fib = memo((n) => { calls++; return n < 2 ? n : fib(n - 1) + fib(n - 2); });
console.log(fib(50), calls);

// expect: 2 99
// expect: 3
// expect: 11,12,13
// expect: 1-2-3-4
// expect: 12586269025 51
