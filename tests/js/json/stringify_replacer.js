const value = { a: 1, b: 2, c: { a: 3, z: 4 }, 1: "one" };
console.log(JSON.stringify(value, ["a", 1, new String("c"), {}, "a", new Number(1)]));
console.log(JSON.stringify(value, []));
console.log(JSON.stringify({ a: 1, b: "x", c: [1, 2] }, function (k, v) {
  return typeof v === "number" ? v * 10 : v;
}));
const calls = [];
JSON.stringify({ a: [1, { b: 2 }] }, function (k, v) {
  calls.push(JSON.stringify(k) + ":" + (Array.isArray(this) ? "array" : typeof this));
  return v;
});
console.log(calls.join(" "));
console.log(JSON.stringify({ a: 1, b: 2 }, (k, v) => (k === "a" ? undefined : v)));
console.log(JSON.stringify({ a: 1 }, (k, v) => (k === "" ? [1, 2] : v)));
console.log(JSON.stringify([1, 2, 3], (k, v) => (k === "1" ? undefined : v)));
console.log(JSON.stringify({ a: 1 }, "not a replacer"));
console.log(JSON.stringify({ n: new Number(5) }, (k, v) => v));
console.log(JSON.stringify({ a: [1, 2], b: { a: 5 } }, ["a"], 1));

// expect: {"a":1,"1":"one","c":{"a":3}}
// expect: {}
// expect: {"a":10,"b":"x","c":[10,20]}
// expect: "":object "a":object "0":array "1":array "b":object
// expect: {"b":2}
// expect: [1,2]
// expect: [1,null,3]
// expect: {"a":1}
// expect: {"n":5}
// expect: {
// expect:  "a": [
// expect:   1,
// expect:   2
// expect:  ]
// expect: }
