// Functions called by name inside with get the object as this.
const obj = {
  name: "obj",
  whoAmI() { return this === obj ? "obj" : this === globalThis ? "global" : String(this); },
};
with (obj) {
  console.log(whoAmI());
}
// A function from the outer scope is called with undefined this.
function outerFn() { return this === globalThis; }
with (obj) {
  console.log(outerFn());
}
// Closures created in with keep the object environment.
let getter;
const store = { value: "initial" };
with (store) {
  getter = () => value;
}
store.value = "changed";
console.log(getter());
delete store.value;
try {
  getter();
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
// Properties added later are visible.
const late = {};
let readLate;
with (late) {
  readLate = () => typeof added === "undefined" ? "not yet" : added;
}
console.log(readLate());
late.added = "now visible";
console.log(readLate());

// expect: obj
// expect: true
// expect: changed
// expect: ReferenceError: value is not defined
// expect: not yet
// expect: now visible
