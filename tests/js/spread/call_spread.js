function show(...args) { return args.length + ":" + args.join(","); }
console.log(show(...[1, 2, 3]));
console.log(show(0, ...[1, 2], 3, ...[4]));
console.log(show(..."hi"));
console.log(show(...[]));
console.log(Math.max(...[5, 1, 9]), Math.min(...[], 0));
// Method calls keep this.
const obj = {
  base: 10,
  add(...n) { return n.reduce((s, x) => s + x, this.base); },
};
console.log(obj.add(...[1, 2, 3]));
// new with spread.
class P { constructor(x, y) { this.sum = x + y; } }
console.log(new P(...[3, 4]).sum);
const d = new Date(...[2020, 0, 15]);
console.log(d.getFullYear(), d.getMonth(), d.getDate());
// Spreading a large array into a call.
const big = Array.from({ length: 1000 }, (_, i) => i);
console.log(show(...big).slice(0, 12));
// Errors.
for (const bad of [null, 5, {}]) {
  try {
    show(...bad);
  } catch (e) {
    console.log(e.constructor.name);
  }
}
// Optional call with spread.
const maybe = null;
console.log(maybe?.(...[1]), obj.add?.(...[1]));

// expect: 3:1,2,3
// expect: 5:0,1,2,3,4
// expect: 2:h,i
// expect: 0:
// expect: 9 0
// expect: 16
// expect: 7
// expect: 2020 0 15
// expect: 1000:0,1,2,3
// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: undefined 11
