console.log((255).toString(16), (255).toString(2), (255).toString(8), (255).toString(36));
console.log((-255).toString(16), (0).toString(2), (-0).toString(16));
console.log((0.5).toString(2), (0.1).toString(2));
console.log((3.75).toString(16), (-3.75).toString(8));
console.log((1 / 3).toString(3), (0.1).toString(3));
console.log((123.456).toString(36));
console.log((2 ** 53).toString(36), (2 ** 64).toString(16), (1e21).toString(7));
console.log(Number.MAX_SAFE_INTEGER.toString(2).length);
console.log((NaN).toString(2), (Infinity).toString(16), (-Infinity).toString(36));
console.log((10).toString(10), (10).toString(undefined));
for (const bad of [0, 1, 37, NaN]) {
  try {
    (10).toString(bad);
  } catch (e) {
    console.log(e.constructor.name + ": " + e.message);
  }
}
console.log(parseInt("ff", 16), parseInt("z", 36), parseInt("777", 8), parseInt("102", 2));
console.log(Number.parseFloat("1e3"), parseInt("0x1A"), parseInt("08"), parseInt("  -12px"));

// expect: ff 11111111 377 73
// expect: -ff 0 0
// expect: 0.1 0.0001100110011001100110011001100110011001100110011001101
// expect: 3.c -3.6
// expect: 0.1 0.0022002200220022002200220022002201
// expect: 3f.gez4w97ry
// expect: 2gosa7pa2gw 10000000000000000 5135235413265003022600000
// expect: 53
// expect: NaN Infinity -Infinity
// expect: 10 10
// expect: RangeError: toString() radix argument must be between 2 and 36
// expect: RangeError: toString() radix argument must be between 2 and 36
// expect: RangeError: toString() radix argument must be between 2 and 36
// expect: RangeError: toString() radix argument must be between 2 and 36
// expect: 255 35 511 2
// expect: 1000 26 8 -12
