const cases = [
  [123.456, 1], [123.456, 2], [123.456, 3], [123.456, 4], [123.456, 6], [0.000123, 2],
  [0.000001, 1], [0.0000001, 1], [123456, 2], [123456, 6], [123456, 7], [1e21, 3],
  [-1.5, 1], [2.5, 1], [0, 3], [-0, 3], [1.45, 2], [5e-324, 2], [1.7976931348623157e308, 5],
  [99.99, 3], [0.5, 1], [1, 100],
];
for (const [n, p] of cases) console.log(`${n}.toPrecision(${p}) = ${n.toPrecision(p)}`);
console.log((123.456).toPrecision(), (123.456).toPrecision(undefined));
console.log((NaN).toPrecision(2), (-Infinity).toPrecision(3));
for (const bad of [0, 101]) {
  try {
    (1).toPrecision(bad);
  } catch (e) {
    console.log(e.constructor.name + ": " + e.message);
  }
}

// expect: 123.456.toPrecision(1) = 1e+2
// expect: 123.456.toPrecision(2) = 1.2e+2
// expect: 123.456.toPrecision(3) = 123
// expect: 123.456.toPrecision(4) = 123.5
// expect: 123.456.toPrecision(6) = 123.456
// expect: 0.000123.toPrecision(2) = 0.00012
// expect: 0.000001.toPrecision(1) = 0.000001
// expect: 1e-7.toPrecision(1) = 1e-7
// expect: 123456.toPrecision(2) = 1.2e+5
// expect: 123456.toPrecision(6) = 123456
// expect: 123456.toPrecision(7) = 123456.0
// expect: 1e+21.toPrecision(3) = 1.00e+21
// expect: -1.5.toPrecision(1) = -2
// expect: 2.5.toPrecision(1) = 3
// expect: 0.toPrecision(3) = 0.00
// expect: 0.toPrecision(3) = 0.00
// expect: 1.45.toPrecision(2) = 1.4
// expect: 5e-324.toPrecision(2) = 4.9e-324
// expect: 1.7976931348623157e+308.toPrecision(5) = 1.7977e+308
// expect: 99.99.toPrecision(3) = 100
// expect: 0.5.toPrecision(1) = 0.5
// expect: 1.toPrecision(100) = 1.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
// expect: 123.456 123.456
// expect: NaN -Infinity
// expect: RangeError: toPrecision() argument must be between 1 and 100
// expect: RangeError: toPrecision() argument must be between 1 and 100
