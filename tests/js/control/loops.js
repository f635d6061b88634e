let out = [];
for (let i = 0; i < 3; i++) out.push(i);
console.log(out.join(","));

let j = 0;
for (;;) { if (++j > 4) break; }
console.log("j", j);

let w = 3;
while (w--) out.push("w" + w);
console.log(out.join(","));

let d = 10;
do { d++; } while (d < 5);
console.log("do-while ran once", d);

const obj = { a: 1, b: 2 };
const keys = [];
for (const k in obj) keys.push(k);
console.log(keys.join(","));

const chars = [];
for (const ch of "hey") chars.push(ch.toUpperCase());
console.log(chars.join(""));

// Loop variable reused from outer scope.
var v;
for (v of [7, 8, 9]);
console.log("v", v);
let q;
for (q in { x: 1, y: 2 });
console.log("q", q);

// Assignment targets in for-in/for-of heads.
const holder = {};
for (holder.prop of ["a", "b"]);
console.log(holder.prop);
const arr = [];
let idx = 0;
for (arr[idx++] of ["p", "q", "r"]);
console.log(arr.join(""), idx);

// for-in over null and undefined does nothing.
for (const k in null) console.log("never");
for (const k in undefined) console.log("never");
// for-in over a string iterates indices.
const sk = [];
for (const k in "abc") sk.push(k);
console.log(sk.join(","));
// Nested loop with empty bodies.
let count = 0;
for (let a = 0; a < 10; a++) for (let b = 0; b < 10; b++) count++;
console.log("count", count);

// expect: 0,1,2
// expect: j 5
// expect: 0,1,2,w2,w1,w0
// expect: do-while ran once 11
// expect: a,b
// expect: HEY
// expect: v 9
// expect: q y
// expect: b
// expect: pqr 3
// expect: 0,1,2
// expect: count 100
