const obj = { a: 1, b: 2 };
with (obj) {
  console.log(a + b);
  a = 10;
}
console.log(obj.a);
// Names not on the object resolve outward.
const outerName = "outer";
with (obj) {
  console.log(outerName);
}
// Assignment to a name not on the object goes to the outer binding.
let target = "before";
with (obj) {
  target = "after";
}
console.log(target, "target" in obj);
// Prototype properties are found too.
const child = Object.create({ inherited: "from proto" });
with (child) {
  console.log(inherited);
}
// Primitives are wrapped.
with ("text") {
  console.log(length, charAt(0));
}
try {
  with (null) {}
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
// The object is evaluated once.
let evaluations = 0;
with ((evaluations++, { v: "value" })) {
  v; v; v;
}
console.log(evaluations);

// expect: 3
// expect: 10
// expect: outer
// expect: after false
// expect: from proto
// expect: 4 t
// expect: TypeError: Cannot convert undefined or null to object
// expect: 1
