console.log("a" < "b", "a" < "B", "Z" < "a", "10" < "2", "abc" < "abcd");
console.log("é" > "z", "\u00e9" === "e\u0301", "\u00e9".normalize("NFD") === "e\u0301");
console.log(["b", "a", "C", "é", "Z"].sort().join(","));
console.log("a".localeCompare === String.prototype.localeCompare);
let s = "";
for (let i = 0; i < 1000; i++) s += i % 10;
console.log(s.length, s.slice(0, 12), s.slice(-3));
console.log("abc" + 1 + 2, 1 + 2 + "abc", "x" + null + undefined + true + 1n);
console.log("a-b-c".split("-").join("+"), "abc".concat(1, [2, 3], null));
console.log("  trim me  ".trim() + "|", "ab".padEnd(5, "xy") + "|", "abc".includes("bc"));

// expect: true false true true true
// expect: true false true
// expect: C,Z,a,b,é
// expect: true
// expect: 1000 012345678901 789
// expect: abc12 3abc xnullundefinedtrue1
// expect: a+b+c abc12,3null
// expect: trim me| abxyx| true
