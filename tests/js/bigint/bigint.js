function attempt(f) {
  try { return f(); } catch (e) { return e.constructor.name + ": " + e.message; }
}
console.log(String(BigInt(10)), String(BigInt("0x1F")), String(BigInt("  42  ")), String(BigInt(true)), String(BigInt("")));
console.log(String(BigInt({ valueOf() { return 3; } })), String(BigInt(Number.MAX_SAFE_INTEGER)), String(BigInt(1e21)));
for (const v of [1.5, NaN, Infinity, undefined, null, Symbol("x"), "1x", "1.0", {}]) {
  console.log(attempt(() => BigInt(v)));
}
console.log(attempt(() => new BigInt(1)));
console.log(String(BigInt.asIntN(8, 255n)), String(BigInt.asIntN(8, 128n)), String(BigInt.asIntN(8, -128n)), String(BigInt.asIntN(8, -129n)));
console.log(String(BigInt.asIntN(0, 5n)), String(BigInt.asIntN(64, 2n ** 63n)), String(BigInt.asIntN(2 ** 50, -5n)));
console.log(String(BigInt.asUintN(8, -1n)), String(BigInt.asUintN(64, -1n)), String(BigInt.asUintN(2 ** 50, 5n)), String(BigInt.asUintN(1, 3n)));
console.log(String(BigInt.asUintN("8", 257n)), String(BigInt.asIntN(undefined, 7n)));
console.log(attempt(() => BigInt.asIntN(-1, 1n)));
console.log(attempt(() => BigInt.asIntN(2 ** 53, 1n)));
console.log(attempt(() => BigInt.asIntN(8, 1)));
console.log(attempt(() => BigInt.asUintN(2 ** 40, -1n)));
console.log((255n).toString(16), (-255n).toString(2), (35n).toString(36), (0n).toString(7), (10n).toString());
console.log((2n ** 64n).toString(), (2n ** 64n).toString(3));
console.log(attempt(() => (1n).toString(37)));
console.log(attempt(() => (1n).toString(1)));
console.log((1234567n).toLocaleString(), (-1234567n).toLocaleString(), (12n).toLocaleString(), (1000n).toLocaleString());
console.log(typeof (5n).valueOf(), typeof Object(5n), Object(5n).valueOf() === 5n, String(Object(5n)));
for (const m of ["toString", "valueOf", "toLocaleString"]) {
  console.log(attempt(() => BigInt.prototype[m].call(1)));
}
console.log(Reflect.ownKeys(BigInt).join(), Reflect.ownKeys(BigInt.prototype).map(String).join());
console.log(BigInt.length, BigInt.asIntN.length, BigInt.asUintN.length, BigInt.prototype.toString.length);
console.log(Object.prototype.toString.call(BigInt.prototype), Object.prototype.toString.call(1n));
const big = 10n ** 5000n + 123n;
const text = big.toString();
console.log(text.length, text.slice(0, 3), text.slice(-4), BigInt(text) === big);
class Big extends BigInt {}
console.log(attempt(() => new Big(1)));

// expect: 10 31 42 1 0
// expect: 3 9007199254740991 1000000000000000000000
// expect: RangeError: The number 1.5 cannot be converted to a BigInt because it is not an integer
// expect: RangeError: The number NaN cannot be converted to a BigInt because it is not an integer
// expect: RangeError: The number Infinity cannot be converted to a BigInt because it is not an integer
// expect: TypeError: Cannot convert undefined to a BigInt
// expect: TypeError: Cannot convert null to a BigInt
// expect: TypeError: Cannot convert Symbol(x) to a BigInt
// expect: SyntaxError: Cannot convert 1x to a BigInt
// expect: SyntaxError: Cannot convert 1.0 to a BigInt
// expect: SyntaxError: Cannot convert [object Object] to a BigInt
// expect: TypeError: BigInt is not a constructor
// expect: -1 -128 -128 127
// expect: 0 -9223372036854775808 -5
// expect: 255 18446744073709551615 5 1
// expect: 1 0
// expect: RangeError: Invalid value: not (convertible to) a safe integer
// expect: RangeError: Invalid value: not (convertible to) a safe integer
// expect: TypeError: Cannot convert 1 to a BigInt
// expect: RangeError: Maximum BigInt size exceeded
// expect: ff -11111111 z 0 10
// expect: 18446744073709551616 11112220022122120101211020120210210211221
// expect: RangeError: toString() radix argument must be between 2 and 36
// expect: RangeError: toString() radix argument must be between 2 and 36
// expect: 1,234,567 -1,234,567 12 1,000
// expect: bigint object true 5
// expect: TypeError: BigInt.prototype.toString requires that 'this' be a BigInt
// expect: TypeError: BigInt.prototype.valueOf requires that 'this' be a BigInt
// expect: TypeError: BigInt.prototype.toLocaleString requires that 'this' be a BigInt
// expect: length,name,prototype,asUintN,asIntN constructor,toLocaleString,toString,valueOf,Symbol(Symbol.toStringTag)
// expect: 1 2 2 0
// expect: [object BigInt] [object BigInt]
// expect: 5001 100 0123 true
// expect: TypeError: BigInt is not a constructor
