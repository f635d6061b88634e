const seen = [];
const result = JSON.parse('{"a":[1,{"b":2}],"c":"x"}', function (key, value) {
  seen.push([key, typeof value, this === undefined, Array.isArray(this)]);
  return value;
});
console.log(JSON.stringify(seen));
console.log(result);
console.log(JSON.parse("[1,2,3]", (k, v) => (typeof v === "number" ? undefined : v)));
console.log(JSON.parse('{"a":1,"b":2}', (k, v) => (k === "a" ? undefined : v)));
console.log(JSON.parse('{"n":5}', (k, v) => (typeof v === "number" ? v * 2 : v)));
console.log(JSON.parse("1", function (k, v) { return [Object.keys(this), k, v, arguments.length]; }));
console.log(JSON.parse('{"a":{"b":1}}', (k, v) => (k === "b" ? { replaced: true } : v)));
const order = [];
JSON.parse('{"z":1,"1":2,"a":{"y":3,"0":4}}', (k, v) => { order.push(k); return v; });
console.log(order.join(","));
console.log(JSON.parse('[1,[2]]', function (k, v) { if (k === "0" && Array.isArray(this) && this.length === 2) this[1] = "changed"; return v; }));
console.log(JSON.parse('"s"', "not a function"));

// expect: [["0","number",false,true],["b","number",false,false],["1","object",false,true],["a","object",false,false],["c","string",false,false],["","object",false,false]]
// expect: { a: [ 1, { b: 2 } ], c: 'x' }
// expect: [ <3 empty items> ]
// expect: { b: 2 }
// expect: { n: 10 }
// expect: [ [ '' ], '', 1, 2 ]
// expect: { a: { b: { replaced: true } } }
// expect: 1,z,0,y,a,
// expect: [ 1, 'changed' ]
// expect: s
