const log = [];
const n = null;
function side(name) { log.push(name); return name; }
// The entire rest of the chain is skipped.
n?.a.b.c(side("call arg"))[side("key")].d;
console.log("skipped:", log.length === 0);
// Deep chains of calls.
const o = {
  level1() { log.push("level1"); return { level2() { log.push("level2"); return null; } }; },
};
const r = o.level1().level2()?.level3().level4;
console.log(r, log.join(","));
// delete with optional chaining.
const d = { inner: { x: 1 } };
console.log(delete d?.inner.x, d.inner.x, delete n?.x);
// Optional chaining cannot be an assignment target.
try {
  eval("d?.inner = 1");
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
// Optional chaining in templates is a syntax error.
try {
  eval("d?.inner`x`");
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
// Ternary vs optional chaining ambiguity: a?.5:1 is a conditional.
const a = true;
console.log(a?.5:1);

// expect: skipped: true
// expect: undefined level1,level2
// expect: true undefined true
// expect: SyntaxError: Invalid left-hand side in assignment
// expect: SyntaxError: Invalid tagged template on optional chain
// expect: 0.5
