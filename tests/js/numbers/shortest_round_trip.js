// Number to string uses the shortest digits that round-trip.
const values = [
  0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 100, 1e21, 1e20, 123456789012345680000,
  1e-6, 1e-7, 0.000001234, 1.5e-7, 5e-324, 1.7976931348623157e308, 2 ** 53,
  2 ** 64, -1e-7, 4.35, 0.3, 1.005, 9.95, 123.456, 1e100, 12345678.9,
  0.1 * 3, 100 / 3, 5e-7, 25e20, 1.0000000000000002, 0.9999999999999999,
];
for (const v of values) console.log(String(v));
console.log(String(-0), (-0).toString(), `${-0}`, [-0] + "", JSON.stringify(-0));
console.log(String(NaN), String(Infinity), String(-Infinity));
console.log(String(Number.EPSILON), String(Number.MIN_VALUE), String(Number.MAX_SAFE_INTEGER));
console.log(Number("0.1") === 0.1, parseFloat(String(1 / 3)) === 1 / 3);

// expect: 0.1
// expect: 0.2
// expect: 0.30000000000000004
// expect: 0.3333333333333333
// expect: 0.6666666666666666
// expect: 100
// expect: 1e+21
// expect: 100000000000000000000
// expect: 123456789012345680000
// expect: 0.000001
// expect: 1e-7
// expect: 0.000001234
// expect: 1.5e-7
// expect: 5e-324
// expect: 1.7976931348623157e+308
// expect: 9007199254740992
// expect: 18446744073709552000
// expect: -1e-7
// expect: 4.35
// expect: 0.3
// expect: 1.005
// expect: 9.95
// expect: 123.456
// expect: 1e+100
// expect: 12345678.9
// expect: 0.30000000000000004
// expect: 33.333333333333336
// expect: 5e-7
// expect: 2.5e+21
// expect: 1.0000000000000002
// expect: 0.9999999999999999
// expect: 0 0 0 0 0
// expect: NaN Infinity -Infinity
// expect: 2.220446049250313e-16 5e-324 9007199254740991
// expect: true true
