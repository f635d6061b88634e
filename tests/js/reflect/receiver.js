"use strict";
const src = {
  get who() { return this === undefined ? "undefined" : typeof this === "object" ? this.name : String(this); },
  set who(v) { this.seen = v; },
  name: "src",
};
const other = { name: "other" };
console.log(Reflect.get(src, "who"), Reflect.get(src, "who", other), Reflect.get(src, "who", 42));
console.log(Reflect.set(src, "who", 1, other), other.seen, src.seen);
// A data property is created on the receiver, not on the target.
const t = { x: 1 };
const r = {};
console.log(Reflect.set(t, "x", 2, r), t.x, r.x);
// The receiver's own non-writable property blocks the write.
const ro = Object.defineProperty({}, "x", { value: 0, writable: false });
console.log(Reflect.set(t, "x", 3, ro), ro.x);
// A primitive receiver cannot get a new property.
console.log(Reflect.set(t, "x", 4, 1));
// A receiver with an accessor for the key refuses too.
const acc = { get x() { return "acc"; } };
console.log(Reflect.set(t, "x", 5, acc), acc.x);
// Non-writable on the target blocks the write regardless of the receiver.
const frozen = Object.freeze({ x: 1 });
console.log(Reflect.set(frozen, "x", 2, {}));
// Setters on the prototype chain see the receiver.
const proto = { set v(x) { this._v = x * 10; } };
const child = Object.create(proto);
console.log(Reflect.set(child, "v", 2), child._v, Object.keys(child).join());
// Arrays as receivers.
const arr = [1, 2];
console.log(Reflect.set(arr, "length", 1), arr.length, Reflect.set(arr, "5", "x"), arr.length);
console.log(Reflect.get([7, 8], 1), Reflect.get("str".split(""), "length"));

// expect: src other 42
// expect: true 1 undefined
// expect: true 1 2
// expect: false 0
// expect: false
// expect: false acc
// expect: false
// expect: true 20 _v
// expect: true 1 true 6
// expect: 8 3
