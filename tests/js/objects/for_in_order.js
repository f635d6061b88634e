const proto = { p1: 1, shared: "proto", 5: "proto five" };
const o = Object.create(proto);
o.own2 = 1;
o.shared = "own";
o[1] = 1;
o.own1 = 1;
const keys = [];
for (const k in o) keys.push(k);
console.log(keys.join(","));

// A non-enumerable own property shadows an enumerable inherited one.
const base = { hidden: "base", visible: "base" };
const derived = Object.create(base);
Object.defineProperty(derived, "hidden", { value: "own", enumerable: false });
const seen = [];
for (const k in derived) seen.push(k);
console.log(seen.join(","));

// Symbols are never enumerated by for-in.
const withSym = { [Symbol("s")]: 1, str: 2 };
const symKeys = [];
for (const k in withSym) symKeys.push(k);
console.log(symKeys.join(","));

// Three-level chain.
const a = { a: 1 };
const b = Object.create(a); b.b = 1;
const c = Object.create(b); c.c = 1;
const chain = [];
for (const k in c) chain.push(k);
console.log(chain.join(","));

// Properties added during iteration are not guaranteed; deleted ones are skipped.
const mut = { x: 1, y: 2, z: 3 };
const visited = [];
for (const k in mut) {
  visited.push(k);
  delete mut.z;
}
console.log(visited.join(","));

// Class instances: own fields, not prototype methods.
class K { field = 1; method() {} }
const kk = [];
for (const k in new K()) kk.push(k);
console.log(kk.join(","));
// Arrays with extra props and inherited enumerable props.
Array.prototype.extraInherited = "bad practice";
const arrKeys = [];
for (const k in ["a", "b"]) arrKeys.push(k);
delete Array.prototype.extraInherited;
console.log(arrKeys.join(","));

// expect: 1,own2,shared,own1,5,p1
// expect: visible
// expect: str
// expect: c,b,a
// expect: x,y
// expect: field
// expect: 0,1,extraInherited
