console.log(null ?? "default", undefined ?? "default");
console.log(0 ?? "default", "" ?? "default", false ?? "default", NaN ?? "default");
console.log(0 || "default", "" || "default", false || "default");
// Right side is only evaluated when needed.
let evaluated = false;
const v = "present" ?? (evaluated = true);
console.log(v, evaluated);
// Chaining.
const a = null, b = undefined, c = 0;
console.log(a ?? b ?? c ?? "never");
// Mixing with && or || requires parentheses.
console.log((null || undefined) ?? "paren ok", null ?? (0 || "inner"));
try {
  eval("null || undefined ?? 1");
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
// With optional chaining.
const config = { settings: { retries: 0 } };
console.log(config.settings?.retries ?? 3, config.other?.retries ?? 3);
// document.all-like falsy objects don't exist; objects are never nullish.
console.log({} ?? "x", typeof ([] ?? "x"));

// expect: default default
// expect: 0  false NaN
// expect: default default default
// expect: present false
// expect: 0
// expect: paren ok inner
// expect: SyntaxError: Unexpected token '??'
// expect: 0 3
// expect: {} object
