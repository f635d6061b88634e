// Symbol.iterator must be a function.
for (const bad of [{ [Symbol.iterator]: 1 }, { [Symbol.iterator]: null }]) {
  try {
    for (const x of bad);
  } catch (e) {
    console.log(e.constructor.name);
  }
}
// Symbol.iterator looked up on primitives via their wrappers.
Number.prototype[Symbol.iterator] = function* () {
  for (let i = 0; i < this; i++) yield i;
};
console.log([...4].join(","));
delete Number.prototype[Symbol.iterator];
// Iterators from Map and Set.
const m = new Map([["k1", "v1"], ["k2", "v2"]]);
for (const [k, v] of m) console.log(k, v);
console.log([...m.keys()].join(","), [...m.values()].join(","));
const s = new Set([3, 1, 3, 2]);
console.log([...s].join(","), [...s.entries()].map(([a, b]) => a + "=" + b).join(","));
// Map iteration sees entries added during iteration.
const grow = new Map([[1, 1]]);
const visited = [];
for (const [k] of grow) {
  visited.push(k);
  if (k < 4) grow.set(k + 1, 1);
}
console.log(visited.join(","));
// Manual iteration with next().
const it = [10, 20][Symbol.iterator]();
let step;
const values = [];
while (!(step = it.next()).done) values.push(step.value);
console.log(values.join(","), step.value);

// expect: TypeError
// expect: TypeError
// expect: 0,1,2,3
// expect: k1 v1
// expect: k2 v2
// expect: k1,k2 v1,v2
// expect: 3,1,2 3=3,1=1,2=2
// expect: 1,2,3,4
// expect: 10,20 undefined
