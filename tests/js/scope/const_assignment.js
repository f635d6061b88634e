const c = 1;
try {
  c = 2;
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
console.log(c);
try {
  c++;
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
try {
  c += 1;
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
// The right-hand side still runs before the error.
let side = 0;
try {
  c = side++;
} catch (e) {
  console.log("side effect ran:", side);
}
// const objects are still mutable.
const o = { v: 1 };
o.v = 2;
console.log(o.v);
// Destructuring into a const.
try {
  [c] = [5];
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
// for-of with const gets a new binding each time.
for (const item of [1, 2]) console.log("item", item);
// Logical assignment to a const that short-circuits does not throw.
c ||= 10;
console.log("c ||= short-circuited", c);
try {
  c &&= 10;
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}

// expect: TypeError: Assignment to constant variable.
// expect: 1
// expect: TypeError: Assignment to constant variable.
// expect: TypeError: Assignment to constant variable.
// expect: side effect ran: 1
// expect: 2
// expect: TypeError: Assignment to constant variable.
// expect: item 1
// expect: item 2
// expect: c ||= short-circuited 1
// expect: TypeError: Assignment to constant variable.
