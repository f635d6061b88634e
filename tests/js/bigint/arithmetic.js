console.log(1n + 2n, 10n - 20n, 6n * 7n, 2n ** 100n);
console.log(7n / 2n, -7n / 2n, 7n / -2n, -7n / -2n);
console.log(7n % 3n, -7n % 3n, 7n % -3n, -7n % -3n);
console.log(-(-5n), -0n, 0n === -0n);
let x = 5n;
x++;
x += 10n;
x *= 2n;
console.log(x, typeof x);
console.log(123456789012345678901234567890n * 987654321098765432109876543210n);
console.log((2n ** 64n - 1n).toString(16), (2n ** 64n).toString(2).length);
console.log(BigInt(Number.MAX_SAFE_INTEGER) + 2n);
try {
  1n / 0n;
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
try {
  1n % 0n;
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
// Literals in other bases.
console.log(0x1fn, 0o17n, 0b101n, 1_000_000n);

// expect: 3n -10n 42n 1267650600228229401496703205376n
// expect: 3n -3n -3n 3n
// expect: 1n -1n 1n -1n
// expect: 5n 0n true
// expect: 32n bigint
// expect: 121932631137021795226185032733622923332237463801111263526900n
// expect: ffffffffffffffff 65
// expect: 9007199254740993n
// expect: RangeError: Division by zero
// expect: RangeError: Division by zero
// expect: 31n 15n 5n 1000000n
