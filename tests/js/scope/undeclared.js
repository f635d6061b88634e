try {
  console.log(missing);
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
try {
  missingFn();
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
// Sloppy assignment creates a global property.
implicitGlobal = "created";
console.log(globalThis.implicitGlobal, "implicitGlobal" in globalThis);
console.log(Object.getOwnPropertyDescriptor(globalThis, "implicitGlobal").configurable);
// Globals are visible as identifiers.
globalThis.viaGlobalThis = 7;
console.log(viaGlobalThis);
delete globalThis.viaGlobalThis;
try {
  viaGlobalThis;
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
// Property access on undeclared via typeof is fine.
console.log(typeof missing === "undefined");

// expect: ReferenceError: missing is not defined
// expect: ReferenceError: missingFn is not defined
// expect: created true
// expect: true
// expect: 7
// expect: ReferenceError: viaGlobalThis is not defined
// expect: true
