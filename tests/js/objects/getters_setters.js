const obj = {
  _v: 1,
  get v() { return this._v * 10; },
  set v(n) { this._v = n; },
  get onlyGet() { return "g"; },
  set onlySet(n) { this.sideEffect = n; },
};
console.log(obj.v);
obj.v = 5;
console.log(obj.v, obj._v);
obj.onlyGet = "ignored in sloppy mode";
console.log(obj.onlyGet);
obj.onlySet = "stored";
console.log(obj.onlySet, obj.sideEffect);
const d = Object.getOwnPropertyDescriptor(obj, "v");
console.log(typeof d.get, typeof d.set, d.enumerable, d.configurable, "value" in d);
// Getter on a prototype with a different receiver.
const proto = { get who() { return this.name; } };
const child = Object.create(proto);
child.name = "child";
console.log(child.who);
// Setter on the prototype intercepts assignment on the child.
const p2 = { set val(v) { this._stored = "via proto setter: " + v; } };
const c2 = Object.create(p2);
c2.val = 1;
console.log(c2._stored, Object.hasOwn(c2, "val"));
// Defining accessors with defineProperty.
const counter = {};
let count = 0;
Object.defineProperty(counter, "next", { get() { return ++count; }, enumerable: false });
console.log(counter.next, counter.next, Object.keys(counter).length);
// Later definitions replace earlier ones in a literal.
const replaced = {
  get k() { return "getter"; },
  k: "data",
};
console.log(replaced.k, typeof Object.getOwnPropertyDescriptor(replaced, "k").get);
const merged = {
  get m() { return "get"; },
  set m(v) {},
};
const md = Object.getOwnPropertyDescriptor(merged, "m");
console.log(typeof md.get, typeof md.set);

// expect: 10
// expect: 50 5
// expect: g
// expect: undefined stored
// expect: function function true true false
// expect: child
// expect: via proto setter: 1 false
// expect: 1 2 0
// expect: data undefined
// expect: function function
