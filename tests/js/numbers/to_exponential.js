const cases = [
  [123.456, 0], [123.456, 2], [123.456, 5], [0.000123, 1], [0, 2], [-0, 0], [1e21, 3],
  [1.5, 0], [2.5, 0], [-1.25, 1], [5e-324, 3], [1.7976931348623157e308, 20], [1, 100],
  [12345, undefined], [0.1, undefined], [100, undefined],
];
for (const [n, d] of cases) console.log(`${n}.toExponential(${d}) = ${n.toExponential(d)}`);
console.log((NaN).toExponential(2), (Infinity).toExponential(2));
for (const bad of [-1, 101]) {
  try {
    (1).toExponential(bad);
  } catch (e) {
    console.log(e.constructor.name + ": " + e.message);
  }
}

// expect: 123.456.toExponential(0) = 1e+2
// expect: 123.456.toExponential(2) = 1.23e+2
// expect: 123.456.toExponential(5) = 1.23456e+2
// expect: 0.000123.toExponential(1) = 1.2e-4
// expect: 0.toExponential(2) = 0.00e+0
// expect: 0.toExponential(0) = 0e+0
// expect: 1e+21.toExponential(3) = 1.000e+21
// expect: 1.5.toExponential(0) = 2e+0
// expect: 2.5.toExponential(0) = 3e+0
// expect: -1.25.toExponential(1) = -1.3e+0
// expect: 5e-324.toExponential(3) = 4.941e-324
// expect: 1.7976931348623157e+308.toExponential(20) = 1.79769313486231570815e+308
// expect: 1.toExponential(100) = 1.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000e+0
// expect: 12345.toExponential(undefined) = 1.2345e+4
// expect: 0.1.toExponential(undefined) = 1e-1
// expect: 100.toExponential(undefined) = 1e+2
// expect: NaN Infinity
// expect: RangeError: toExponential() argument must be between 0 and 100
// expect: RangeError: toExponential() argument must be between 0 and 100
