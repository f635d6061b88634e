const s = "a😀b\uD800c";
for (let i = 0; i < s.length; i++) {
  const cp = s.codePointAt(i);
  console.log(i, cp, cp.toString(16));
}
console.log(s.codePointAt(99), s.codePointAt(-1));
console.log(String.fromCodePoint(0x1f600) === "😀", String.fromCodePoint(97, 0x1f600, 98).length);
console.log(String.fromCodePoint(0x10ffff).length, String.fromCodePoint().length);
for (const bad of [0x110000, -1, 1.5, NaN, Infinity]) {
  try {
    String.fromCodePoint(bad);
  } catch (e) {
    console.log(e.constructor.name + ": " + e.message);
  }
}
// Round trip through code points.
const text = "héllo 👋 wörld 🌍";
const cps = [...text].map((c) => c.codePointAt(0));
console.log(cps.length, String.fromCodePoint(...cps) === text);

// expect: 0 97 61
// expect: 1 128512 1f600
// expect: 2 56832 de00
// expect: 3 98 62
// expect: 4 55296 d800
// expect: 5 99 63
// expect: undefined undefined
// expect: true 4
// expect: 2 0
// expect: RangeError: Invalid code point 1114112
// expect: RangeError: Invalid code point -1
// expect: RangeError: Invalid code point 1.5
// expect: RangeError: Invalid code point NaN
// expect: RangeError: Invalid code point Infinity
// expect: 15 true
