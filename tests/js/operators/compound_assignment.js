let s = "a";
s += "b";
s += 1;
s += null;
console.log(s);
let n = 1;
n += "2";
console.log(n, typeof n);
let m = "5";
m -= 2;
console.log(m, typeof m);
const o = { count: 0 };
o.count += 5;
o["count"] *= 3;
console.log(o.count);
const arr = [1, 2];
arr[arr.length] = 3;
arr.length -= 1;
console.log(arr.join(","), arr.length);
let b = 5n;
b *= 3n;
b -= 1n;
b /= 2n;
console.log(b);
try {
  let mixed = 5n;
  mixed += 1;
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
// The left-hand side is read before the right-hand side runs.
let z = 1;
z += (() => { z = 100; return 1; })();
console.log(z);
// Unresolvable reference in compound assignment.
try {
  undeclaredCompound += 1;
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}

// expect: ab1null
// expect: 12 string
// expect: 3 number
// expect: 15
// expect: 1,2 2
// expect: 7n
// expect: TypeError: Cannot mix BigInt and other types, use explicit conversions
// expect: 2
// expect: ReferenceError: undeclaredCompound is not defined
