// Unicode escapes in identifiers name the same binding.
const \u0061bc = "declared with escape";
console.log(abc);
const d\u{65}f = "braced escape";
console.log(def);
var caf\u00e9 = "escaped é";
console.log(café);
// Escaped property names.
const o = { \u0078: 1, y\u0079: 2 };
console.log(o.x, o.yy, Object.keys(o).join(","));
// Escaped keywords cannot be used as keywords.
try {
  eval("v\\u0061r x = 1");
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
// But an escaped keyword is fine as a property name.
const p = { \u0069f: "if property" };
console.log(p.if);
// Invalid escapes in identifiers.
try {
  eval("var \\u0031abc");
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}

// expect: declared with escape
// expect: braced escape
// expect: escaped é
// expect: 1 2 x,yy
// expect: SyntaxError: Keyword must not contain escaped characters
// expect: if property
// expect: SyntaxError: Invalid or unexpected token
