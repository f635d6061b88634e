// Identifiers may contain characters outside the BMP.
const 𝑥 = 3;
const 𝑦 = 4;
console.log(Math.hypot(𝑥, 𝑦));
const 𐊧 = "carian letter";
console.log(𐊧, "𐊧".length);
const \u{1D465}2 = "escaped astral";
console.log(𝑥2);
const o = { 𝒜: "script A" };
console.log(o.𝒜, Object.keys(o)[0].length);
// Emoji are not identifier characters.
try {
  eval("var 😀 = 1");
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}

// expect: 5
// expect: carian letter 2
// expect: escaped astral
// expect: script A 2
// expect: SyntaxError: Invalid or unexpected token
