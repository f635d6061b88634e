function* naturals() {
  let n = 0;
  while (true) yield n++;
}
function* take(iterable, count) {
  if (count <= 0) return;
  for (const x of iterable) {
    yield x;
    if (--count === 0) return;
  }
}
function* map(iterable, fn) {
  for (const x of iterable) yield fn(x);
}
function* filter(iterable, pred) {
  for (const x of iterable) if (pred(x)) yield x;
}
console.log([...take(naturals(), 5)].join(","));
console.log([...take(filter(map(naturals(), (x) => x * x), (x) => x % 2), 5)].join(","));
// Primes with a sieve-like generator.
function* primes() {
  const found = [];
  for (let n = 2; ; n++) {
    if (found.every((p) => n % p)) {
      found.push(n);
      yield n;
    }
  }
}
console.log([...take(primes(), 10)].join(" "));
// Fibonacci.
function* fib() {
  let [a, b] = [0, 1];
  for (;;) {
    yield a;
    [a, b] = [b, a + b];
  }
}
console.log([...take(fib(), 15)].join(" "));
// Destructuring from an infinite generator.
const [first, second, , fourth] = naturals();
console.log(first, second, fourth);
// take(0) does not start the source.
let started = false;
function* watched() { started = true; yield 1; }
console.log([...take(watched(), 0)].length, started);

// expect: 0,1,2,3,4
// expect: 1,9,25,49,81
// expect: 2 3 5 7 11 13 17 19 23 29
// expect: 0 1 1 2 3 5 8 13 21 34 55 89 144 233 377
// expect: 0 1 3
// expect: 0 false
