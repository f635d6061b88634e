console.log(JSON.parse("1"), JSON.parse("-0"), Object.is(JSON.parse("-0"), -0), JSON.parse("1e400"), JSON.parse("-1e-400"));
console.log(JSON.parse('"str"'), JSON.parse("true"), JSON.parse("false"), JSON.parse("null"));
console.log(JSON.parse(' \t\n\r[ 1 , { "a" : [ ] } ] \t\n\r'));
console.log(JSON.parse('{"a":1,"b":[1,2,{"c":"d"}],"e":{}}'));
console.log(JSON.parse("123456789012345678901234567890"), JSON.parse("0.1"), JSON.parse("1E5"), JSON.parse("1e-7"));
console.log(typeof JSON.parse("10"), Number.isInteger(JSON.parse("10")));
const dup = JSON.parse('{"a":1,"b":2,"a":3}');
console.log(dup, Object.keys(dup));
const proto = JSON.parse('{"__proto__":{"x":1},"y":2}');
console.log(Object.getPrototypeOf(proto) === Object.prototype, Object.keys(proto), proto.x);
const order = JSON.parse('{"b":1,"2":2,"a":3,"1":4}');
console.log(Object.keys(order));
const s = JSON.parse('"\\ud83d\\ude00 \\u00e9 \\/ \\b\\f\\n\\r\\t \\"\\\\"');
console.log(s.length, JSON.stringify(s), s.charCodeAt(0).toString(16), s.charCodeAt(1).toString(16));
const lone = JSON.parse('"\\ud800"');
console.log(lone.length, lone.charCodeAt(0).toString(16));
console.log(JSON.parse('"\u2028\u2029"').length);
let deep = "1";
for (let i = 0; i < 1000; i++) deep = "[" + deep + "]";
let v = JSON.parse(deep);
let depth = 0;
while (Array.isArray(v)) { v = v[0]; depth++; }
console.log(depth, v);
console.log(JSON.parse(new String("[1]")), JSON.parse(1), JSON.parse(null), JSON.parse(true));
console.log(JSON.parse({ toString() { return '{"from":"toString"}'; } }));
console.log(JSON.parse("[]").length, Array.isArray(JSON.parse("[]")), JSON.parse("{}"));

// expect: 1 -0 true Infinity -0
// expect: str true false null
// expect: [ 1, { a: [] } ]
// expect: { a: 1, b: [ 1, 2, { c: 'd' } ], e: {} }
// expect: 1.2345678901234568e+29 0.1 100000 1e-7
// expect: number true
// expect: { a: 3, b: 2 } [ 'a', 'b' ]
// expect: true [ '__proto__', 'y' ] undefined
// expect: [ '1', '2', 'b', 'a' ]
// expect: 15 "😀 é / \b\f\n\r\t \"\\" d83d de00
// expect: 1 d800
// expect: 2
// expect: 1000 1
// expect: [ 1 ] 1 null true
// expect: { from: 'toString' }
// expect: 0 true {}
