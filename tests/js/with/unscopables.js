const obj = {
  hidden: "on object",
  shown: "on object",
  [Symbol.unscopables]: { hidden: true },
};
const hidden = "outer hidden";
const shown = "outer shown";
with (obj) {
  console.log(hidden, shown);
}
// Array.prototype[Symbol.unscopables] hides newer methods.
const keys = "outer keys";
const values = "outer values";
const includes = "outer includes";
with ([1, 2]) {
  console.log(keys, values, includes, typeof push, length);
}
console.log(Object.keys(Array.prototype[Symbol.unscopables]).sort().join(","));
// The unscopables object is consulted on every lookup.
const dynamic = { p: "object p", [Symbol.unscopables]: {} };
const p = "outer p";
with (dynamic) {
  console.log(p);
  dynamic[Symbol.unscopables].p = true;
  console.log(p);
}

// expect: outer hidden on object
// expect: outer keys outer values outer includes function 2
// expect: at,copyWithin,entries,fill,find,findIndex,findLast,findLastIndex,flat,flatMap,includes,keys,toReversed,toSorted,toSpliced,values
// expect: object p
// expect: outer p
