// 10,000 nested calls must work (node's own limit is around 11,000 frames).
function depth(n) {
  return n === 0 ? 0 : 1 + depth(n - 1);
}
console.log(depth(10000));
// Two arguments per frame (bigger frames: node itself stops near 9,500 here).
function accumulate(n, acc) {
  return n === 0 ? acc : accumulate(n - 1, acc + (n % 7));
}
console.log(accumulate(8000, 0));
// Nested method calls through objects.
const node = {
  count(n) { return n === 0 ? "bottom" : this.count(n - 1); },
};
console.log(node.count(10000));
// Nested calls through a chain of 10,000 distinct closures.
function makeChain(n) {
  let f = () => 0;
  for (let i = 0; i < n; i++) {
    const inner = f;
    f = () => inner() + 1;
  }
  return f;
}
console.log(makeChain(10000)());
// Mutual recursion, 10,000 frames in total.
function even(n) { return n === 0 ? true : odd(n - 1); }
function odd(n) { return n === 0 ? false : even(n - 1); }
console.log(even(10000));

// expect: 10000
// expect: 24003
// expect: bottom
// expect: 10000
// expect: true
