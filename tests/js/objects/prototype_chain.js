const grand = { level: "grand", g: true };
const parent = Object.create(grand);
parent.level = "parent";
const child = Object.create(parent);
console.log(child.level, child.g, Object.getPrototypeOf(child) === parent);
child.level = "child";
console.log(child.level, parent.level);
delete child.level;
console.log(child.level);
// hasOwnProperty vs in.
console.log(child.hasOwnProperty("g"), "g" in child, Object.hasOwn(parent, "level"));
// setPrototypeOf and cycles.
const a = {};
const b = Object.create(a);
try {
  Object.setPrototypeOf(a, b);
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
try {
  a.__proto__ = b;
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
// Object.create(null) has no toString.
const bare = Object.create(null);
bare.x = 1;
try {
  String(bare);
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
console.log(Object.keys(bare).join(","));
// isPrototypeOf.
console.log(grand.isPrototypeOf(child), child.isPrototypeOf(grand));
// Prototype of primitives' wrappers.
console.log(Object.getPrototypeOf(1) === Number.prototype, Object.getPrototypeOf("s") === String.prototype);
// Non-extensible object cannot get a new prototype.
const fixed = Object.preventExtensions({});
try {
  Object.setPrototypeOf(fixed, {});
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
console.log(Object.setPrototypeOf(fixed, Object.prototype) === fixed);

// expect: parent true true
// expect: child parent
// expect: parent
// expect: false true true
// expect: TypeError: Cyclic __proto__ value
// expect: TypeError: Cyclic __proto__ value
// expect: TypeError: Cannot convert object to primitive value
// expect: x
// expect: true false
// expect: true true
// expect: TypeError: #<Object> is not extensible
// expect: true
