const [a, b, c] = [1, 2, 3];
console.log(a, b, c);
const [x, y] = [1];
console.log(x, y);
const [first] = "hello";
console.log(first);
const [p, , q] = [1, 2, 3];
console.log(p, q);
const [, , third] = ["a", "b", "c"];
console.log(third);
let m, n;
[m, n] = [10, 20];
[m, n] = [n, m];
console.log(m, n);
// Result of a destructuring assignment is the right-hand side.
const rhs = [1, 2];
let u, v;
const result = ([u, v] = rhs);
console.log(result === rhs, u, v);
// Chained.
let i, j;
[i] = [j] = [7];
console.log(i, j);
// Destructuring from Set and Map.
const [s1, s2] = new Set(["s", "t"]);
console.log(s1, s2);
const [[k1, v1]] = new Map([["key", "val"]]);
console.log(k1, v1);

// expect: 1 2 3
// expect: 1 undefined
// expect: h
// expect: 1 3
// expect: c
// expect: 20 10
// expect: true 1 2
// expect: 7 7
// expect: s t
// expect: key val
