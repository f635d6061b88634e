console.log(1 < 2, 2 < 1, 1 <= 1, 1 >= 2);
console.log("a" < "b", "B" < "a", "10" < "9", 10 < 9, "10" < 9);
console.log("abc" < "abd", "ab" < "abc", "" < "a");
console.log("\uD83D\uDE00" < "\uFFFF", "\u{1F600}".charCodeAt(0) < 0xffff);
console.log(NaN < 1, NaN >= 1, undefined < 1, undefined >= 0);
console.log(null < 1, null >= 0, null <= 0, null == 0);
console.log([2] > 1, [1, 2] < 3, "x" < 1, "x" > 1);
console.log(1n < 2, 2n > 1.5, 1n <= 1, 1n < "2", "3" > 2n, 1n < "x");
console.log(10n > 9.999999999999999, 9007199254740993n > 9007199254740992);
console.log(Infinity > 10n ** 400n, -Infinity < -(10n ** 400n));
console.log(NaN < 1n, NaN > 1n);
const log = [];
const a = { valueOf() { log.push("a"); return 1; } };
const b = { valueOf() { log.push("b"); return 2; } };
console.log(a < b, a > b, a <= b, a >= b);
console.log(log.join(""));

// expect: true false true false
// expect: true true true false false
// expect: true true true
// expect: true true
// expect: false false false false
// expect: true true true false
// expect: true false false false
// expect: true true true true true false
// expect: true true
// expect: true true
// expect: false false
// expect: true false true false
// expect: abababab
