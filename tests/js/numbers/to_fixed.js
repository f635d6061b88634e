const cases = [
  [1.005, 2], [1.45, 1], [1.55, 1], [0, 2], [-0, 2], [0.5, 0], [1.5, 0], [2.5, 0],
  [-1.5, 0], [123.456, 10], [1e21, 2], [1e20, 2], [0.000001, 7], [-0.0000001, 2],
  [1.23e-10, 20], [12345.6789, 3], [99.995, 2], [10.235, 2], [8.345, 2], [2 ** 53, 1],
  [0.1, 20], [1 / 3, 100],
];
for (const [n, d] of cases) console.log(`${n}.toFixed(${d}) = ${n.toFixed(d)}`);
console.log((NaN).toFixed(2), (Infinity).toFixed(2), (-Infinity).toFixed(0));
console.log((1.5).toFixed(), (12.3).toFixed(undefined), (12.3).toFixed(1.9));
for (const bad of [-1, 101, Infinity]) {
  try {
    (1).toFixed(bad);
  } catch (e) {
    console.log(e.constructor.name + ": " + e.message);
  }
}

// expect: 1.005.toFixed(2) = 1.00
// expect: 1.45.toFixed(1) = 1.4
// expect: 1.55.toFixed(1) = 1.6
// expect: 0.toFixed(2) = 0.00
// expect: 0.toFixed(2) = 0.00
// expect: 0.5.toFixed(0) = 1
// expect: 1.5.toFixed(0) = 2
// expect: 2.5.toFixed(0) = 3
// expect: -1.5.toFixed(0) = -2
// expect: 123.456.toFixed(10) = 123.4560000000
// expect: 1e+21.toFixed(2) = 1e+21
// expect: 100000000000000000000.toFixed(2) = 100000000000000000000.00
// expect: 0.000001.toFixed(7) = 0.0000010
// expect: -1e-7.toFixed(2) = -0.00
// expect: 1.23e-10.toFixed(20) = 0.00000000012300000000
// expect: 12345.6789.toFixed(3) = 12345.679
// expect: 99.995.toFixed(2) = 100.00
// expect: 10.235.toFixed(2) = 10.23
// expect: 8.345.toFixed(2) = 8.35
// expect: 9007199254740992.toFixed(1) = 9007199254740992.0
// expect: 0.1.toFixed(20) = 0.10000000000000000555
// expect: 0.3333333333333333.toFixed(100) = 0.3333333333333333148296162562473909929394721984863281250000000000000000000000000000000000000000000000
// expect: NaN Infinity -Infinity
// expect: 2 12 12.3
// expect: RangeError: toFixed() digits argument must be between 0 and 100
// expect: RangeError: toFixed() digits argument must be between 0 and 100
// expect: RangeError: toFixed() digits argument must be between 0 and 100
