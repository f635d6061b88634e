// Properties deleted before they are visited are skipped.
const o = { a: 1, b: 2, c: 3 };
const seen = [];
for (const k in o) {
  seen.push(k);
  if (k === "a") delete o.b;
}
console.log(seen.join(","));

// The key expression of for-in is evaluated once.
let evaluations = 0;
function source() { evaluations++; return { x: 1, y: 2 }; }
for (const k in source()) {}
console.log("evaluations", evaluations);

// Array indices come first, as strings.
const arr = [5, 6];
arr.extra = true;
const keys = [];
for (const k in arr) keys.push(typeof k + ":" + k);
console.log(keys.join(" "));

// Modifying the array during for-of sees the change.
const items = [1, 2, 3];
const visited = [];
for (const x of items) {
  visited.push(x);
  if (x === 1) items.push(4);
  if (items.length > 6) break;
}
console.log(visited.join(","));

// expect: a,c
// expect: evaluations 1
// expect: string:0 string:1 string:extra
// expect: 1,2,3,4
