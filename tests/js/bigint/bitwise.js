console.log(5n & 3n, 5n | 3n, 5n ^ 3n, ~5n, ~-1n);
console.log(-5n & 0xffn, -1n | 0n, -8n ^ 3n);
console.log(1n << 100n, (1n << 100n) >> 99n, -1n >> 100n, -9n >> 1n);
console.log(8n << -1n, 8n >> -2n);
console.log(0xffffffffffffffffn & 0xf0f0f0f0f0f0f0f0n);
console.log((2n ** 128n - 1n) ^ (2n ** 127n));

// expect: 1n 7n 6n -6n 0n
// expect: 251n -1n -5n
// expect: 1267650600228229401496703205376n 2n -1n -5n
// expect: 4n 32n
// expect: 17361641481138401520n
// expect: 170141183460469231731687303715884105727n
