const a = { v: 1 };
const b = a;
b.v = 2;
console.log(a.v, a === b);
function mutate(o) { o.changed = true; o = { replaced: true }; return o; }
const r = mutate(a);
console.log(a.changed, a.replaced, r.replaced);
// Objects as keys in Map vs plain objects.
const k1 = {};
const k2 = {};
const plain = {};
plain[k1] = "first";
plain[k2] = "second";
console.log(Object.keys(plain).length, plain[k1]);
const m = new Map([[k1, "first"], [k2, "second"]]);
console.log(m.size, m.get(k1));
// Circular references.
const circ = { name: "circ" };
circ.self = circ;
console.log(circ.self.self.self.name);
// Object.is and identity of literals.
console.log({} === {}, [] == [], Object.is(a, b));

// expect: 2 true
// expect: true undefined true
// expect: 1 second
// expect: 2 first
// expect: circ
// expect: false false true
