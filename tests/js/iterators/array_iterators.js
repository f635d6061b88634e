const arr = ["a", "b", "c"];
console.log([...arr.keys()].join(","), [...arr.values()].join(","));
console.log([...arr.entries()].map(([i, v]) => i + v).join(","));
console.log(arr[Symbol.iterator] === arr.values);
// Array iterators are live: they see pushes.
const live = [1, 2];
const seen = [];
for (const x of live) {
  seen.push(x);
  if (live.length < 5) live.push(x * 10);
}
console.log(seen.join(","));
// Once done, stays done even if the array grows.
const small = [1];
const it = small[Symbol.iterator]();
it.next();
console.log(it.next().done);
small.push(2);
console.log(it.next().done);
// Holes are visited as undefined.
console.log([...[, 1, ,]].map(String).join(","));
// Iterating array-likes via Array.prototype.values.
const arrayLike = { length: 2, 0: "x", 1: "y" };
console.log([...Array.prototype.values.call(arrayLike)].join(""));
// Iterator prototype chain.
const ArrayIteratorProto = Object.getPrototypeOf([][Symbol.iterator]());
console.log(Object.prototype.toString.call(ArrayIteratorProto), typeof ArrayIteratorProto.next);
const IteratorProto = Object.getPrototypeOf(ArrayIteratorProto);
console.log(IteratorProto[Symbol.iterator].call(it) === it);
// Overriding Array.prototype[Symbol.iterator] affects spread.
const saved = Array.prototype[Symbol.iterator];
Array.prototype[Symbol.iterator] = function* () { yield "hijacked"; };
const spreadResult = [...[1, 2, 3]];
Array.prototype[Symbol.iterator] = saved;
console.log(spreadResult.join(","));

// expect: 0,1,2 a,b,c
// expect: 0a,1b,2c
// expect: true
// expect: 1,2,10,20,100
// expect: true
// expect: true
// expect: undefined,1,undefined
// expect: xy
// expect: [object Array Iterator] function
// expect: true
// expect: hijacked
