function attempt(f) {
  try { return f(); } catch (e) { return e.constructor.name + ": " + e.message; }
}
const s = Symbol("s");
const target = { a: 0 };
const src = { b: 2, [s]: "sym" };
Object.defineProperty(src, "hidden", { value: 1, enumerable: false });
const r = Object.assign(target, src, null, undefined, "xy", 7);
console.log(r === target, Object.keys(r).join(), r[s], r.hidden);

// Getters on the source and setters on the target run, in key order.
const log = [];
const from = { get one() { log.push("get one"); return 1; }, two: 2 };
const to = { set one(v) { log.push("set one " + v); }, set two(v) { log.push("set two " + v); } };
Object.assign(to, from);
console.log(log.join(", "));

// Failing writes throw (Set with throw = true).
console.log(attempt(() => Object.assign(Object.freeze({ a: 1 }), { a: 2 })));
console.log(attempt(() => Object.assign(null)));
console.log(attempt(() => Object.assign(undefined, {})));
console.log(typeof Object.assign(1), Object.assign([1, 2], [3]).join());

// fromEntries
console.log(JSON.stringify(Object.fromEntries([["a", 1], ["b", 2]])));
console.log(JSON.stringify(Object.fromEntries(new Map([["x", 1], [2, "y"]]))));
console.log(Object.fromEntries([[s, 1]])[s]);
console.log(attempt(() => Object.fromEntries([1])));
console.log(attempt(() => Object.fromEntries(null)));
console.log(attempt(() => Object.fromEntries([{ get 0() { throw new Error("boom"); } }])));
// The iterator is closed when an entry is bad.
let closed = false;
const iterable = {
  [Symbol.iterator]() {
    return {
      next() { return { value: "not an entry", done: false }; },
      return() { closed = true; return {}; },
    };
  },
};
console.log(attempt(() => Object.fromEntries(iterable)), closed);
console.log(JSON.stringify(Object.fromEntries([["k", 1], ["k", 2]])));

// hasOwn / is
console.log(Object.hasOwn({ a: 1 }, "a"), Object.hasOwn({ a: 1 }, "toString"), Object.hasOwn("ab", 1));
console.log(attempt(() => Object.hasOwn(null, "a")));
console.log(Object.is(NaN, NaN), Object.is(0, -0), Object.is(-0, -0), Object.is("a", "a"), Object.is({}, {}));

// expect: true 0,1,a,b sym undefined
// expect: get one, set one 1, set two 2
// expect: TypeError: Cannot assign to read only property 'a' of object '#<Object>'
// expect: TypeError: Cannot convert undefined or null to object
// expect: TypeError: Cannot convert undefined or null to object
// expect: object 3,2
// expect: {"a":1,"b":2}
// expect: {"2":"y","x":1}
// expect: 1
// expect: TypeError: Iterator value 1 is not an entry object
// expect: TypeError: undefined is not iterable
// expect: Error: boom
// expect: TypeError: Iterator value not an entry is not an entry object true
// expect: {"k":2}
// expect: true false true
// expect: TypeError: Cannot convert undefined or null to object
// expect: true false true true false
