const o = { a: 1, [Symbol.for("s")]: 2 };
console.log("a" in o, "b" in o, "toString" in o);
console.log(Symbol.for("s") in o);
const arr = [10, , 30];
console.log(0 in arr, 1 in arr, 2 in arr, 3 in arr, "length" in arr);
console.log("0" in arr, 1.0 in arr);
const child = Object.create({ inherited: true });
console.log("inherited" in child);
const bare = Object.create(null);
console.log("toString" in bare);
o.u = undefined;
console.log("u" in o);
delete o.u;
console.log("u" in o);
function f() {}
console.log("prototype" in f, "name" in f, "length" in f);
console.log("x" in new Proxy({}, { has(t, k) { console.log("has trap", k); return true; } }));
for (const bad of ["abc", 1, null, undefined]) {
  try {
    "a" in bad;
  } catch (e) {
    console.log(e.constructor.name + ": " + e.message);
  }
}

// expect: true false true
// expect: true
// expect: true false true false true
// expect: true false
// expect: true
// expect: false
// expect: true
// expect: false
// expect: true true true
// expect: has trap x
// expect: true
// expect: TypeError: Cannot use 'in' operator to search for 'a' in abc
// expect: TypeError: Cannot use 'in' operator to search for 'a' in 1
// expect: TypeError: Cannot use 'in' operator to search for 'a' in null
// expect: TypeError: Cannot use 'in' operator to search for 'a' in undefined
