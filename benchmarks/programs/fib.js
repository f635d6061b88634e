// Recursive Fibonacci: function calls, argument passing, comparisons and
// number addition dominate.
function fib(n) {
  if (n < 2) {
    return n;
  }
  return fib(n - 1) + fib(n - 2);
}

var N = 20;
var total = 0;
for (var i = 0; i < 3; i++) {
  total += fib(N - i);
}
console.log("fib(" + N + ") = " + fib(N));
console.log("checksum " + total);
