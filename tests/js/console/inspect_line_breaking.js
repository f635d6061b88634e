// Objects stay on one line while they fit in breakLength 80 (with the
// 72-column start offset of reduceToSingleString), else one entry per line.
for (let n = 55; n <= 80; n += 3) {
  console.log({ key: "v".repeat(n) });
  console.log({ a: 1, key: "v".repeat(n - 10) });
  console.log(["v".repeat(n)]);
}
console.log({ a: "x".repeat(20), b: "y".repeat(20), c: "z".repeat(20) });
console.log({ a: "x".repeat(20), b: "y".repeat(20), c: "z".repeat(15) });
console.log({ alpha: 1, beta: 2, gamma: 3, delta: 4, epsilon: 5, zeta: 6, eta: 7, theta: 8 });
console.log({ alpha: 1, beta: 2, gamma: 3, delta: 4, epsilon: 5, zeta: 6, eta: 7, theta: 8, iota: 9, kappa: 10 });
console.log({ outer: { inner: { deep: 1, other: 2 }, list: [1, 2, 3] }, name: "thing" });
console.log({ level1: { level2: { level3: { level4: "x" } } }, side: [{ a: 1 }, { b: 2 }] });
console.log({ text: "line one\nline two\nline three that is long enough to need splitting here" });
console.log(["short", "a bit longer", "quite a lot longer than the others", "x", "y", "z", "w"]);
console.log([{ a: 1, b: 2 }, { a: 3, b: 4 }, { a: 5, b: 6 }, { a: 7, b: 8 }, { a: 9, b: 10 }, { a: 11, b: 12 }, { a: 13, b: 14 }]);
console.log({ matrix: [[1, 0, 0], [0, 1, 0], [0, 0, 1]] });
console.log("prefix", { a: 1 }, "middle", [1, 2], "suffix");
console.log({ a: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28] });

// expect: { key: 'vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv' }
// expect: { a: 1, key: 'vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv' }
// expect: [ 'vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv' ]
// expect: { key: 'vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv' }
// expect: { a: 1, key: 'vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv' }
// expect: [ 'vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv' ]
// expect: {
// expect:   key: 'vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv'
// expect: }
// expect: { a: 1, key: 'vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv' }
// expect: [ 'vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv' ]
// expect: {
// expect:   key: 'vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv'
// expect: }
// expect: { a: 1, key: 'vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv' }
// expect: [ 'vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv' ]
// expect: {
// expect:   key: 'vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv'
// expect: }
// expect: {
// expect:   a: 1,
// expect:   key: 'vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv'
// expect: }
// expect: [
// expect:   'vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv'
// expect: ]
// expect: {
// expect:   key: 'vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv'
// expect: }
// expect: {
// expect:   a: 1,
// expect:   key: 'vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv'
// expect: }
// expect: [
// expect:   'vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv'
// expect: ]
// expect: {
// expect:   key: 'vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv'
// expect: }
// expect: {
// expect:   a: 1,
// expect:   key: 'vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv'
// expect: }
// expect: [
// expect:   'vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv'
// expect: ]
// expect: {
// expect:   key: 'vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv'
// expect: }
// expect: {
// expect:   a: 1,
// expect:   key: 'vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv'
// expect: }
// expect: [
// expect:   'vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv'
// expect: ]
// expect: {
// expect:   key: 'vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv'
// expect: }
// expect: {
// expect:   a: 1,
// expect:   key: 'vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv'
// expect: }
// expect: [
// expect:   'vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv'
// expect: ]
// expect: {
// expect:   a: 'xxxxxxxxxxxxxxxxxxxx',
// expect:   b: 'yyyyyyyyyyyyyyyyyyyy',
// expect:   c: 'zzzzzzzzzzzzzzzzzzzz'
// expect: }
// expect: {
// expect:   a: 'xxxxxxxxxxxxxxxxxxxx',
// expect:   b: 'yyyyyyyyyyyyyyyyyyyy',
// expect:   c: 'zzzzzzzzzzzzzzz'
// expect: }
// expect: {
// expect:   alpha: 1,
// expect:   beta: 2,
// expect:   gamma: 3,
// expect:   delta: 4,
// expect:   epsilon: 5,
// expect:   zeta: 6,
// expect:   eta: 7,
// expect:   theta: 8
// expect: }
// expect: {
// expect:   alpha: 1,
// expect:   beta: 2,
// expect:   gamma: 3,
// expect:   delta: 4,
// expect:   epsilon: 5,
// expect:   zeta: 6,
// expect:   eta: 7,
// expect:   theta: 8,
// expect:   iota: 9,
// expect:   kappa: 10
// expect: }
// expect: {
// expect:   outer: { inner: { deep: 1, other: 2 }, list: [ 1, 2, 3 ] },
// expect:   name: 'thing'
// expect: }
// expect: {
// expect:   level1: { level2: { level3: [Object] } },
// expect:   side: [ { a: 1 }, { b: 2 } ]
// expect: }
// expect: {
// expect:   text: 'line one\nline two\nline three that is long enough to need splitting here'
// expect: }
// expect: [
// expect:   'short',
// expect:   'a bit longer',
// expect:   'quite a lot longer than the others',
// expect:   'x',
// expect:   'y',
// expect:   'z',
// expect:   'w'
// expect: ]
// expect: [
// expect:   { a: 1, b: 2 },
// expect:   { a: 3, b: 4 },
// expect:   { a: 5, b: 6 },
// expect:   { a: 7, b: 8 },
// expect:   { a: 9, b: 10 },
// expect:   { a: 11, b: 12 },
// expect:   { a: 13, b: 14 }
// expect: ]
// expect: { matrix: [ [ 1, 0, 0 ], [ 0, 1, 0 ], [ 0, 0, 1 ] ] }
// expect: prefix { a: 1 } middle [ 1, 2 ] suffix
// expect: {
// expect:   a: [
// expect:      1,  2,  3,  4,  5,  6,  7,  8,
// expect:      9, 10, 11, 12, 13, 14, 15, 16,
// expect:     17, 18, 19, 20, 21, 22, 23, 24,
// expect:     25, 26, 27, 28
// expect:   ]
// expect: }
