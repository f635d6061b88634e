const re = /(\d+)-(?<word>\w+)/g;
const m = re.exec("12-abc 34-def");
console.log(m[0], m[1], m.groups.word, re.lastIndex);
console.log("a1b2c3".replace(/\d/g, (d) => d * 2));
console.log(/\u{1F600}/u.test("😀"), /^.$/.test("😀"), /^.$/u.test("😀"));
console.log(/a.c/s.test("a\nc"), /a.c/.test("a\nc"));
console.log(/x/y.sticky, /x/d.hasIndices, /x/gimsuy.flags);
// Each evaluation of a regex literal creates a new object.
function make() { return /same/; }
console.log(make() === make(), make().source === make().source);
// Invalid regex is an early SyntaxError.
try {
  eval("/(/");
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
try {
  eval("/a/gg");
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}

// expect: 12-abc 12 abc 6
// expect: a2b4c6
// expect: true false true
// expect: true false
// expect: true true gimsuy
// expect: false true
// expect: SyntaxError: Invalid regular expression: /(/: Unterminated group
// expect: SyntaxError: Invalid regular expression flags
