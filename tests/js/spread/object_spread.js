const base = { a: 1, b: 2 };
const merged = { ...base, b: "override", c: 3 };
console.log(Object.entries(merged).map(([k, v]) => k + "=" + v).join(" "));
const first = { b: "first", ...base };
console.log(first.b);
// null and undefined are ignored.
const empty = { ...null, ...undefined, ...1, ...true };
console.log(Object.keys(empty).length);
// Strings spread their indices.
console.log(Object.keys({ ..."hey" }).join(","));
// Arrays spread indices.
const fromArr = { ...["x", "y"] };
console.log(fromArr[0], fromArr[1], fromArr.length);
// Getters are invoked; result is a data property.
let calls = 0;
const withGetter = { get g() { calls++; return "value"; } };
const spread = { ...withGetter };
console.log(calls, Object.getOwnPropertyDescriptor(spread, "g").value, typeof Object.getOwnPropertyDescriptor(spread, "g").get);
// Setters on the target are NOT invoked (define semantics).
const target = { ...{ set s(v) { console.log("never"); } }, ...{ s: 1 } };
console.log(target.s);
// Only own enumerable properties, symbols included.
const sym = Symbol("sym");
const proto = { inherited: true };
const src = Object.create(proto, {
  own: { value: "o", enumerable: true },
  hidden: { value: "h", enumerable: false },
});
src[sym] = "s";
const copy = { ...src };
console.log(Object.keys(copy).join(","), copy[sym], "inherited" in copy);
// Order of keys.
const ordered = { z: 1, ...{ 2: "two", a: "a", 1: "one" }, y: 2 };
console.log(Object.keys(ordered).join(","));
// __proto__ in a spread source is a plain own key.
const withProto = JSON.parse('{"__proto__": {"polluted": true}}');
const safe = { ...withProto };
console.log(safe.polluted, Object.keys(safe).join(","));

// expect: a=1 b=override c=3
// expect: 2
// expect: 0
// expect: 0,1,2
// expect: x y undefined
// expect: 1 value undefined
// expect: 1
// expect: own s false
// expect: 1,2,z,a,y
// expect: undefined __proto__
