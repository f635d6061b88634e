const s = "a😀b";
console.log(s.length, [...s].length);
for (const ch of s) console.log(ch, ch.length, ch.codePointAt(0).toString(16));
// Lone surrogates are yielded as single units.
const lone = "x\uD800y\uDC00";
console.log([...lone].map((c) => c.charCodeAt(0).toString(16)).join(","));
// Combining characters are separate code points.
console.log([..."e\u0301"].length);
// Flag emoji: two regional indicators.
console.log([..."🇫🇷"].length, "🇫🇷".length);
// Iterating a String object.
console.log([...new String("hi")].join("-"));
console.log(Object.prototype.toString.call(""[Symbol.iterator]()));

// expect: 4 3
// expect: a 1 61
// expect: 😀 2 1f600
// expect: b 1 62
// expect: 78,d800,79,dc00
// expect: 2
// expect: 2 4
// expect: h-i
// expect: [object String Iterator]
