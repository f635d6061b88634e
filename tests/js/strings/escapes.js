console.log("\x41\u0042\u{43}\u{1F600}".length);
console.log("tab[\t] nl-len", "\n".length, "\r\n".length);
console.log("\0".charCodeAt(0), "\v".charCodeAt(0), "\f".charCodeAt(0), "\b".charCodeAt(0));
console.log("\'\"\\", '\'', "\a\c\d" === "acd");
console.log("line\
continued");
console.log("\u2028\u2029".length, eval("'\u2028'").length);
console.log("\101", "\7".charCodeAt(0), "\08".length);
for (const bad of ["'\\x4'", "'\\u12'", "'\\u{110000}'", "'\\u{}'", "'unterminated"]) {
  try {
    eval(bad);
  } catch (e) {
    console.log(e.constructor.name + ": " + e.message);
  }
}
console.log(JSON.stringify("\u0000\u001f\u007f\u2028").length, JSON.stringify("\u0000\u001f"));

// expect: 5
// expect: tab[	] nl-len 1 2
// expect: 0 11 12 8
// expect: '"\ ' true
// expect: linecontinued
// expect: 2 1
// expect: A 7 2
// expect: SyntaxError: Invalid hexadecimal escape sequence
// expect: SyntaxError: Invalid Unicode escape sequence
// expect: SyntaxError: Undefined Unicode code-point
// expect: SyntaxError: Invalid Unicode escape sequence
// expect: SyntaxError: Invalid or unexpected token
// expect: 16 "\u0000\u001f"
