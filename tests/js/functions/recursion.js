function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); }
console.log(fact(5), fact(20), fact(25));
function factBig(n) { return n <= 1n ? 1n : n * factBig(n - 1n); }
console.log(String(factBig(30n)));

function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
console.log(fib(20));

// Mutual recursion.
function isEven(n) { return n === 0 ? true : isOdd(n - 1); }
function isOdd(n) { return n === 0 ? false : isEven(n - 1); }
console.log(isEven(100), isOdd(7));

// Ackermann (small).
function ack(m, n) {
  if (m === 0) return n + 1;
  if (n === 0) return ack(m - 1, 1);
  return ack(m - 1, ack(m, n - 1));
}
console.log(ack(2, 3));

// Tree recursion over nested arrays.
function flatten(x) { return Array.isArray(x) ? x.flatMap(flatten) : [x]; }
console.log(flatten([1, [2, [3, [4, [5]]]], 6]).join(","));

// Hanoi move count.
function hanoi(n, from, to, via, moves) {
  if (n === 0) return moves;
  hanoi(n - 1, from, via, to, moves);
  moves.push(from + to);
  hanoi(n - 1, via, to, from, moves);
  return moves;
}
const moves = hanoi(4, "A", "C", "B", []);
console.log(moves.length, moves.slice(0, 5).join(" "));

// expect: 120 2432902008176640000 1.5511210043330986e+25
// expect: 265252859812191058636308480000000
// expect: 6765
// expect: true true
// expect: 9
// expect: 1,2,3,4,5,6
// expect: 15 AB AC BC AB CA
