const s = "Az😀é";
for (let i = 0; i <= s.length; i++) console.log(i, s.charCodeAt(i), JSON.stringify(s.charAt(i)));
console.log(s.charCodeAt(-1), s.charCodeAt(1.9), s.charCodeAt("1"), s.charCodeAt(NaN), s.charCodeAt());
console.log("".charCodeAt(0), "".charAt(0) === "");
console.log(s[2] === s.charAt(2), s[99], s["1"]);
console.log("abc".at(0), "abc".at(-1), "abc".at(5), "abc".at(-4));

// expect: 0 65 "A"
// expect: 1 122 "z"
// expect: 2 55357 "\ud83d"
// expect: 3 56832 "\ude00"
// expect: 4 233 "é"
// expect: 5 NaN ""
// expect: NaN 122 122 65 65
// expect: NaN true
// expect: true undefined z
// expect: a c undefined undefined
