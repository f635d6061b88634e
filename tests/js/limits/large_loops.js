// Loops with many iterations (no deep stack).
let sum = 0;
for (let i = 0; i < 100000; i++) sum += i;
console.log(sum);
const arr = [];
for (let i = 0; i < 50000; i++) arr.push(i * 2);
console.log(arr.length, arr[49999]);
let s = "";
for (let i = 0; i < 20000; i++) s += "x";
console.log(s.length);
// A long linked list traversed iteratively.
let list = null;
for (let i = 0; i < 20000; i++) list = { value: i, next: list };
let count = 0;
for (let n = list; n; n = n.next) count++;
console.log(count);
const obj = {};
for (let i = 0; i < 10000; i++) obj["k" + i] = i;
console.log(Object.keys(obj).length);

// expect: 4999950000
// expect: 50000 99998
// expect: 20000
// expect: 20000
// expect: 10000
