const o = { a: { b: { c: "deep" } }, arr: [10, 20], nul: null };
console.log(o?.a?.b?.c, o.missing?.b, o.nul?.x, o.arr?.[1], o.arr?.[5]);
const n = null;
const u = undefined;
console.log(n?.x, u?.x, n?.[0], u?.["k"]);
// Only null/undefined short-circuit.
console.log((0)?.toFixed(1), ""?.length, false?.toString());
// Optional chain with computed keys evaluates the key only if needed.
let evaluated = 0;
const key = () => { evaluated++; return "a"; };
n?.[key()];
o?.[key()];
console.log("key evaluations", evaluated);
// Non-optional access after an optional chain still throws on undefined intermediate.
try {
  o.a?.missing.z;
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
// Parenthesized chains do not short-circuit outside.
try {
  (n?.x).y;
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
// Optional chaining on strings and numbers.
console.log("abc"?.[1], (5)?.constructor.name);

// expect: deep undefined undefined 20 undefined
// expect: undefined undefined undefined undefined
// expect: 0.0 0 false
// expect: key evaluations 1
// expect: TypeError: Cannot read properties of undefined (reading 'z')
// expect: TypeError: Cannot read properties of undefined (reading 'y')
// expect: b Number
