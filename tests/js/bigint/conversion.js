console.log(BigInt(42), BigInt("123"), BigInt(" 0x1F "), BigInt("0b11"), BigInt("0o7"));
console.log(BigInt(""), BigInt("  "), BigInt(true), BigInt(false));
console.log(BigInt("-42"), BigInt("+7"), BigInt(1e21));
console.log(BigInt(Number.MAX_VALUE) > 10n ** 307n);
console.log(String(10n), `${-5n}`, 10n + "", (255n).toString(16), (-255n).toString(2));
console.log(Number(2n ** 53n + 1n), Number(-123n), parseFloat("12n"));
console.log(Boolean(0n), Boolean(-1n));
console.log(typeof Object(1n), Object(1n) + 1n, Object(2n) == 2n);
console.log((123n).toLocaleString === BigInt.prototype.toLocaleString);
console.log(BigInt.asIntN(8, 255n), BigInt.asIntN(8, 127n), BigInt.asUintN(8, -1n), BigInt.asUintN(64, -1n));
console.log(BigInt.asIntN(64, 2n ** 63n), BigInt.asIntN(0, 5n));

// expect: 42n 123n 31n 3n 7n
// expect: 0n 0n 1n 0n
// expect: -42n 7n 1000000000000000000000n
// expect: true
// expect: 10 -5 10 ff -11111111
// expect: 9007199254740992 -123 12
// expect: false true
// expect: object 2n true
// expect: true
// expect: -1n 127n 255n 18446744073709551615n
// expect: -9223372036854775808n 0n
