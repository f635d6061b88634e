console.log(1 && 2, 0 && 2, "" || "x", "y" || "x", null || undefined);
console.log(!0, !1, !"", !"0", ![], !{}, !NaN, !null, !0n, !1n);
console.log(!!document_all_is_not_here());
function document_all_is_not_here() { return undefined; }
let calls = 0;
function t() { calls++; return true; }
function f() { calls++; return false; }
console.log(f() && t(), calls);
console.log(t() || f(), calls);
console.log(t() && f() || t(), calls);
console.log(1 || 2 && 0, (1 || 2) && 0);
console.log(null ?? (0 || "default"));
const o = { a: 0, b: "", c: null };
console.log(o.a || "fa", o.b || "fb", o.c || "fc", o.d || "fd");
console.log(o.a ?? "na", o.b ?? "nb", o.c ?? "nc", o.d ?? "nd");

// expect: 2 0 x y undefined
// expect: true false true false false false true true true false
// expect: false
// expect: false 1
// expect: true 2
// expect: true 5
// expect: 1 0
// expect: default
// expect: fa fb fc fd
// expect: 0  nc nd
