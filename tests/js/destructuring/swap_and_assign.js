let a = 1, b = 2, c = 3;
[a, b, c] = [c, a, b];
console.log(a, b, c);
const arr = [1, 2, 3, 4];
[arr[0], arr[3]] = [arr[3], arr[0]];
console.log(arr.join(","));
const o = { x: 1, y: 2 };
[o.x, o.y] = [o.y, o.x];
console.log(o.x, o.y);
// Assignment targets are evaluated before getting each value.
const log = [];
const target = {
  set p(v) { log.push("set p=" + v); },
  set q(v) { log.push("set q=" + v); },
};
const src = {
  get a() { log.push("get a"); return 1; },
  get b() { log.push("get b"); return 2; },
};
({ a: target.p, b: target.q } = src);
console.log(log.join(", "));
// Object literal in expression position vs pattern.
let x, y;
({ x, y = x } = { x: "only x" });
console.log(x, y);
// Destructuring assignment in a for loop head.
const pairs = [[1, "a"], [2, "b"]];
let num, letter;
for ([num, letter] of pairs) {}
console.log(num, letter);

// expect: 3 1 2
// expect: 4,2,3,1
// expect: 2 1
// expect: get a, set p=1, get b, set q=2
// expect: only x only x
// expect: 2 b
