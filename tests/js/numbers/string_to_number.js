const inputs = [
  "", " ", "42", " 42 ", "4 2", "0x1A", "0X1a", "-0x1A", "0b101", "0o17", "017",
  "1e3", "1E-3", ".5", "5.", "+.5", "-.5e1", "Infinity", "-Infinity", "+Infinity",
  "infinity", "1_000", "12px", "\n\t 7 \r\n", "\u00a0 8 \u2028", "0.0000001",
  "1e1000", "-0", "NaN", "0x", "1e", "e1", "--1", "١٢",
];
for (const s of inputs) {
  const n = Number(s);
  const label = [...s].map((c) => (c < " " || c > "~" ? "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0") : c)).join("");
  console.log(`"${label}"`, Object.is(n, -0) ? "-0" : String(n));
}
console.log(parseFloat("3.14abc"), parseFloat(".5."), parseFloat("-0"), parseFloat("Infinityx"), parseFloat("0x10"));
console.log(parseInt("123abc"), parseInt("abc"), parseInt("-0"), parseInt("0.9"), parseInt("1e3"));
console.log(parseInt("ZZ", 36), parseInt("10", 37), parseInt("10", 1), parseInt("10", 0));
console.log(Number(null), Number(undefined), Number(true), Number([]), Number(["7"]), Number([1, 2]), Number({}));

// expect: "" 0
// expect: " " 0
// expect: "42" 42
// expect: " 42 " 42
// expect: "4 2" NaN
// expect: "0x1A" 26
// expect: "0X1a" 26
// expect: "-0x1A" NaN
// expect: "0b101" 5
// expect: "0o17" 15
// expect: "017" 17
// expect: "1e3" 1000
// expect: "1E-3" 0.001
// expect: ".5" 0.5
// expect: "5." 5
// expect: "+.5" 0.5
// expect: "-.5e1" -5
// expect: "Infinity" Infinity
// expect: "-Infinity" -Infinity
// expect: "+Infinity" Infinity
// expect: "infinity" NaN
// expect: "1_000" NaN
// expect: "12px" NaN
// expect: "\u000a\u0009 7 \u000d\u000a" 7
// expect: "\u00a0 8 \u2028" 8
// expect: "0.0000001" 1e-7
// expect: "1e1000" Infinity
// expect: "-0" -0
// expect: "NaN" NaN
// expect: "0x" NaN
// expect: "1e" NaN
// expect: "e1" NaN
// expect: "--1" NaN
// expect: "\u0661\u0662" NaN
// expect: 3.14 0.5 -0 Infinity 0
// expect: 123 NaN -0 0 1
// expect: 1295 NaN NaN 10
// expect: 0 NaN 1 0 7 NaN NaN
