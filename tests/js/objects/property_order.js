// Own keys: integer indices ascending, then strings in insertion order,
// then symbols in insertion order.
const s1 = Symbol("s1");
const s2 = Symbol("s2");
const o = {};
o.b = 1;
o[s2] = 1;
o[10] = 1;
o.a = 1;
o[2] = 1;
o[s1] = 1;
o["1"] = 1;
o["-1"] = 1;
o["01"] = 1;
o["1.5"] = 1;
o[4294967294] = 1;
o[4294967295] = 1;
o["9007199254740993"] = 1;
console.log(Object.keys(o).join(" "));
console.log(Reflect.ownKeys(o).map(String).join(" "));
console.log(JSON.stringify(o));
// Deleting and re-adding moves a string key to the end.
const re = { first: 1, second: 2 };
delete re.first;
re.first = 3;
console.log(Object.keys(re).join(","));
// Redefining an existing key keeps its position.
const keep = { a: 1, b: 2 };
keep.a = 10;
console.log(Object.keys(keep).join(","));
// Arrays: indices then length then other props.
const arr = ["x"];
arr.prop = 1;
console.log(Object.getOwnPropertyNames(arr).join(","));
// Functions: length, name, prototype order.
function f() { "use strict"; }
console.log(Object.getOwnPropertyNames(f).join(","), Object.getOwnPropertyNames(() => {}).join(","));
class C { static z() {} static a() {} }
console.log(Object.getOwnPropertyNames(C).join(","));
// Object.entries / values follow the same order.
console.log(Object.values({ b: "B", 1: "one", a: "A", 0: "zero" }).join(","));

// expect: 1 2 10 4294967294 b a -1 01 1.5 4294967295 9007199254740993
// expect: 1 2 10 4294967294 b a -1 01 1.5 4294967295 9007199254740993 Symbol(s2) Symbol(s1)
// expect: {"1":1,"2":1,"10":1,"4294967294":1,"b":1,"a":1,"-1":1,"01":1,"1.5":1,"4294967295":1,"9007199254740993":1}
// expect: second,first
// expect: a,b
// expect: 0,length,prop
// expect: length,name,prototype length,name
// expect: length,name,prototype,z,a
// expect: zero,one,B,A
