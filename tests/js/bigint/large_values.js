function factorial(n) {
  let r = 1n;
  for (let i = 2n; i <= n; i++) r *= i;
  return r;
}
const f50 = factorial(50n);
console.log(f50);
console.log(f50.toString().length, f50 % 1000000007n);
// Fibonacci with BigInt.
let a = 0n, b = 1n;
for (let i = 0; i < 200; i++) [a, b] = [b, a + b];
console.log(a);
// Powers and division round trip.
const big = 3n ** 200n;
console.log(big / 3n ** 199n, big % 7n);
console.log((-big) / 3n ** 199n, (-big) % 7n);
// toString radix 36.
console.log((2n ** 70n).toString(36));

// expect: 30414093201713378043612608166064768844377641568960512000000000000n
// expect: 65 318608048n
// expect: 280571172992510140037611932413038677189525n
// expect: 3n 2n
// expect: -3n -2n
// expect: 6x5kxtvuwilukg
