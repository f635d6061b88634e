function raw(strings) { return strings.raw[0]; }
function cooked(strings) { return strings[0]; }
console.log(raw`a\nb`, raw`a\nb`.length);
console.log(cooked`a\nb`.length);
console.log(String.raw`C:\Users\name\${"x"}`);
console.log(String.raw`\u0041${1}\x42`);
console.log(String.raw({ raw: ["a", "b", "c"] }, 1, 2, 3));
console.log(String.raw({ raw: "xyz" }, "-", "-"));
// Invalid escapes are allowed in tagged templates: cooked is undefined.
console.log(cooked`\unicode`, raw`\unicode`);
console.log(cooked`\xZZ`, raw`\xZZ`);
console.log(cooked`\01`, raw`\01`);
// But not in untagged templates.
try {
  eval("`\\unicode`");
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
// Line continuation and CRLF in raw strings.
console.log(JSON.stringify(raw`a\
b`));
console.log(JSON.stringify(eval("(s => s.raw[0])`a\r\nb`")));

// expect: a\nb 4
// expect: 3
// expect: C:\Users\name\${"x"}
// expect: \u00411\x42
// expect: a1b2c
// expect: x-y-z
// expect: undefined \unicode
// expect: undefined \xZZ
// expect: undefined \01
// expect: SyntaxError: Invalid Unicode escape sequence
// expect: "a\\\nb"
// expect: "a\nb"
