const o = {};
Object.defineProperty(o, "ro", { value: 1, writable: false, enumerable: true, configurable: false });
o.ro = 2;
console.log(o.ro);
console.log(Object.keys(o).join(","));
Object.defineProperty(o, "hidden", { value: "h" });
const d = Object.getOwnPropertyDescriptor(o, "hidden");
console.log(d.writable, d.enumerable, d.configurable, Object.keys(o).length);
// Redefining a non-configurable property throws.
try {
  Object.defineProperty(o, "ro", { value: 3 });
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
// Same value is allowed.
Object.defineProperty(o, "ro", { value: 1 });
console.log("same value redefinition ok");
// Frozen objects.
const frozen = Object.freeze({ a: 1, nested: { b: 1 } });
frozen.a = 2;
frozen.added = true;
frozen.nested.b = 2;
console.log(frozen.a, frozen.added, frozen.nested.b, Object.isFrozen(frozen));
// Sealed objects allow writes but not additions/deletions.
const sealed = Object.seal({ s: 1 });
sealed.s = 2;
sealed.t = 3;
delete sealed.s;
console.log(sealed.s, sealed.t, Object.isSealed(sealed));
// Non-extensible objects.
const ne = Object.preventExtensions({ k: 1 });
ne.k2 = 1;
console.log(ne.k2, Object.isExtensible(ne), delete ne.k, "k" in ne);
// Writable false on the prototype blocks assignment on the child.
const proto = Object.defineProperty({}, "locked", { value: "proto", writable: false });
const child = Object.create(proto);
child.locked = "child";
console.log(child.locked, Object.hasOwn(child, "locked"));

// expect: 1
// expect: ro
// expect: false false false 1
// expect: TypeError: Cannot redefine property: ro
// expect: same value redefinition ok
// expect: 1 undefined 2 true
// expect: 2 undefined true
// expect: undefined false true false
// expect: proto false
