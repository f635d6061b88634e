console.log(1n == 1, 1n === 1, 1n == "1", 2n > 1, 1n < 1.5, 2n > 1.5);
console.log(0n == false, 1n == true, 0n == "", 1n == " 1 ");
console.log(10n > 9, 10n >= 10, 10n <= 9.99);
console.log(9007199254740993n == 9007199254740992, 9007199254740993n > 9007199254740992);
console.log(1n == NaN, 1n < Infinity, -1n > -Infinity);
console.log([3n, 1n, 2n, 10n].sort().join(","), [3n, 1n, 2n, 10n].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join(","));
console.log(Object.is(0n, -0n), [0n].includes(-0n));
console.log(1n ? "truthy" : "falsy", 0n ? "truthy" : "falsy", !0n);
console.log(1n < "2", "x" < 1n, "10" > 9n);
const m = new Map([[1n, "bigint key"]]);
console.log(m.get(1n), m.get(1));

// expect: true false true true true true
// expect: true true true true
// expect: true true false
// expect: false true
// expect: false true true
// expect: 1,10,2,3 1,2,3,10
// expect: true true
// expect: truthy falsy true
// expect: true false true
// expect: bigint key undefined
