const name = "world";
console.log(`hello ${name}`);
console.log(`1 + 2 = ${1 + 2}`);
console.log(`nested ${`inner ${name.toUpperCase()}`}`);
console.log(`multi
line`);
console.log(`tab\there`, `quote \` and \${literal}`);
console.log(`${1}${2}${3}`, `${""}`.length, ``.length);
console.log(`${[1, 2]} ${{}} ${null} ${undefined} ${true} ${10n} ${-0}`);
console.log(`\u{1F600}`.length, `\x41\u0042`);
console.log(`line1\
continued`);
const obj = { toString() { return "via toString"; }, valueOf() { return "via valueOf"; } };
console.log(`${obj}`, "" + obj);
try {
  `${Symbol("s")}`;
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
console.log(`a${1}b${2}c`.split(/\d/).join("|"));
// Templates with expressions containing braces and templates.
console.log(`${(() => { return { v: "braces" }; })().v}`);
console.log(`${`${`${"deep"}`}`}`);
// CRLF inside a template is normalized to LF.
console.log(eval("`a\r\nb`") === "a\nb", eval("`a\rb`") === "a\nb");

// expect: hello world
// expect: 1 + 2 = 3
// expect: nested inner WORLD
// expect: multi
// expect: line
// expect: tab	here quote ` and ${literal}
// expect: 123 0 0
// expect: 1,2 [object Object] null undefined true 10 0
// expect: 2 AB
// expect: line1continued
// expect: via toString via valueOf
// expect: TypeError: Cannot convert a Symbol value to a string
// expect: a|b|c
// expect: braces
// expect: deep
// expect: true true
