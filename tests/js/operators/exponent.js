console.log(2 ** 10, 2 ** -1, 2 ** 0.5);
console.log(2 ** 3 ** 2);
console.log((2 ** 3) ** 2);
console.log((-2) ** 2, (-2) ** 3);
console.log(0 ** 0, NaN ** 0, 1 ** NaN, 1 ** Infinity);
console.log(Infinity ** -1, (-Infinity) ** 3, (-8) ** (1 / 3));
console.log(10 ** 21, 10 ** -7, 2 ** 53 + 1);
let x = 3;
x **= 2;
console.log(x);
console.log(2n ** 64n);
console.log((-2n) ** 3n);
try {
  2n ** -1n;
} catch (e) {
  console.log("negative BigInt exponent throws", e.constructor.name);
}
console.log("3" ** "2", [2] ** [3], null ** 2, undefined ** 0);
console.log(-(2 ** 2));
console.log(Math.pow(2, 10) === 2 ** 10);

// expect: 1024 0.5 1.4142135623730951
// expect: 512
// expect: 64
// expect: 4 -8
// expect: 1 1 NaN NaN
// expect: 0 -Infinity NaN
// expect: 1e+21 1e-7 9007199254740992
// expect: 9
// expect: 18446744073709551616n
// expect: -8n
// expect: negative BigInt exponent throws RangeError
// expect: 9 8 0 1
// expect: -4
// expect: true
