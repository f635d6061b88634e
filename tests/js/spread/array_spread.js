const a = [1, 2];
const b = [0, ...a, 3, ...a];
console.log(b.join(","), b.length);
console.log([..."abc"].join("|"));
console.log([...new Set([1, 1, 2, 3, 3])].join(","));
console.log([...new Map([["k", "v"]])][0].join("="));
console.log([...[], ...[]].length);
// Spread copies: the new array is independent.
const copy = [...a];
copy.push(99);
console.log(a.length, copy.length);
// Holes become undefined.
const sparse = [1, , 3];
const filled = [...sparse];
console.log(1 in sparse, 1 in filled, filled[1]);
// Spread from generators and array-likes with iterators.
function* g() { yield "x"; yield "y"; }
console.log([...g(), ...g()].join(""));
function args() { return [...arguments]; }
console.log(args(4, 5, 6).join(","));
// Spread evaluates iterators in order.
const log = [];
function it(name) {
  return { *[Symbol.iterator]() { log.push(name + " start"); yield name; log.push(name + " end"); } };
}
const order = [...it("A"), log.length, ...it("B")];
console.log(order.join(","), "|", log.join(", "));
// Elisions and spread together.
const mixed = [, ...["s"], ,];
console.log(mixed.length, 0 in mixed, mixed[1], 2 in mixed);

// expect: 0,1,2,3,1,2 6
// expect: a|b|c
// expect: 1,2,3
// expect: k=v
// expect: 0
// expect: 2 3
// expect: false true undefined
// expect: xyxy
// expect: 4,5,6
// expect: A,2,B | A start, A end, B start, B end
// expect: 3 false s false
