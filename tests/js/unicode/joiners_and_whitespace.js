// ZWNJ and ZWJ are allowed as identifier parts.
const a\u200Cb = "zwnj";
const c\u200Dd = "zwj";
console.log(a‌b, c‍d, "a‌b".length);
// Unusual whitespace separates tokens.
const spaced = 1 + 2;
console.log(spaced);
const nbsp = eval("1\u00a0+\u00a02");
const ideographic = eval("3\u3000+\u30004");
const bom = eval("\uFEFF5 + 6");
console.log(nbsp, ideographic, bom);
// U+2028/U+2029 are line terminators (ASI applies).
const lines = eval("var q = 1\u2028q + 1");
console.log(lines);
// But allowed inside string literals since ES2019.
console.log(eval("'a\u2028b'").length);

// expect: zwnj zwj 3
// expect: 3
// expect: 3 7 11
// expect: 2
// expect: 3
