// Early exits from every loop kind inside functions.
function findIndex(list, target) {
  for (let i = 0; i < list.length; i++) {
    if (list[i] === target) return i;
  }
  return -1;
}
console.log(findIndex([3, 4, 5], 5), findIndex([3], 9));

function firstKey(o) {
  for (const k in o) return k;
  return null;
}
console.log(firstKey({ z: 1, y: 2 }), firstKey({}));

function sumUntilNegative(list) {
  let total = 0;
  for (const n of list) {
    if (n < 0) break;
    total += n;
  }
  return total;
}
console.log(sumUntilNegative([1, 2, 3, -1, 100]));

function countdown(n) {
  const out = [];
  while (true) {
    out.push(n);
    if (n-- === 0) return out.join(" ");
  }
}
console.log(countdown(3));

// Return from inside try inside a loop runs finally exactly once.
let finallies = 0;
function early() {
  for (let i = 0; i < 10; i++) {
    try {
      if (i === 2) return i;
    } finally {
      finallies++;
    }
  }
}
console.log(early(), finallies);

// expect: 2 -1
// expect: z null
// expect: 6
// expect: 3 2 1 0
// expect: 2 3
