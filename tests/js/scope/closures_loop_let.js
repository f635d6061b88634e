// Each iteration of a for-let loop gets a fresh binding.
const fns = [];
for (let i = 0; i < 3; i++) fns.push(() => i);
console.log(fns.map((f) => f()).join(","));

// The copy happens before the update, so body changes carry over.
const fns2 = [];
for (let i = 0; i < 6; i++) {
  fns2.push(() => i);
  i++;
}
console.log(fns2.map((f) => f()).join(","));

// Closures in the loop head capture the first iteration's binding.
const fns3 = [];
for (let i = 0, get = () => i; i < 3; i++) fns3.push(get);
console.log(fns3.map((f) => f()).join(","));

// for-of and for-in also create per-iteration bindings.
const fns4 = [];
for (const x of ["a", "b", "c"]) fns4.push(() => x);
console.log(fns4.map((f) => f()).join(","));
const fns5 = [];
for (const k in { p: 1, q: 2 }) fns5.push(() => k);
console.log(fns5.map((f) => f()).join(","));

// Closures can mutate their iteration's binding.
const incs = [];
const reads = [];
for (let i = 0; i < 2; i++) {
  incs.push(() => ++i);
  reads.push(() => i);
}
incs[0]();
incs[0]();
console.log(reads.map((f) => f()).join(","));

// const in a plain for loop head that never updates.
const once = [];
for (const c = 5; once.length < 2;) once.push(() => c);
console.log(once.map((f) => f()).join(","));
try {
  for (const c = 0; c < 2; c++) {}
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}

// expect: 0,1,2
// expect: 1,3,5
// expect: 0,0,0
// expect: a,b,c
// expect: p,q
// expect: 2,1
// expect: 5,5
// expect: TypeError: Assignment to constant variable.
