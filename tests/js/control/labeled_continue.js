const out = [];
outer: for (let i = 0; i < 4; i++) {
  for (let j = 0; j < 4; j++) {
    if (j > i) continue outer;
    out.push(`${i}${j}`);
  }
}
console.log(out.join(" "));

let i = 0;
const evens = [];
loop: while (i < 10) {
  i++;
  for (;;) {
    if (i % 2) continue loop;
    break;
  }
  evens.push(i);
}
console.log(evens.join(","));

// continue to an outer for-of: the inner iterator is closed.
const closed = [];
function iter(name) {
  let k = 0;
  return {
    [Symbol.iterator]() { return this; },
    next() { return { value: k++, done: k > 3 }; },
    return() { closed.push(name); return {}; },
  };
}
rows: for (const r of [0, 1]) {
  for (const c of iter("inner" + r)) {
    if (c === 1) continue rows;
  }
}
console.log(closed.join(","));

// continue in do-while evaluates the condition.
let d = 0, checks = 0;
do {
  d++;
  if (d < 3) continue;
} while ((checks++, d < 5));
console.log(d, checks);

// continue in for runs the update expression.
const seen = [];
for (let k = 0; k < 5; seen.push("u" + k), k++) {
  if (k % 2) continue;
  seen.push(k);
}
console.log(seen.join(" "));

// expect: 00 10 11 20 21 22 30 31 32 33
// expect: 2,4,6,8,10
// expect: inner0,inner1
// expect: 5 5
// expect: 0 u0 u1 2 u2 u3 4 u4
