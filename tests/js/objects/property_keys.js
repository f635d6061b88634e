const o = {};
o[1] = "one";
console.log(o["1"], Object.keys(o)[0] === "1");
o[1.0] = "still one";
console.log(o[1]);
o[1.5] = "one and a half";
console.log(o["1.5"]);
o[-0] = "negative zero";
console.log(o[0], o["0"], Object.keys(o).includes("-0"));
o[1e21] = "big";
console.log(Object.keys(o).includes("1e+21"));
o[0.000001] = "small";
o[1e-7] = "smaller";
console.log(Object.keys(o).filter((k) => k.includes("e") || k.startsWith("0.")).join(","));
o[{}] = "object key";
console.log(o["[object Object]"]);
o[[1, 2]] = "array key";
console.log(o["1,2"]);
o[null] = "null key";
o[undefined] = "undefined key";
console.log(o.null, o.undefined);
o[true] = "bool";
console.log(o.true);
o[NaN] = "nan";
console.log(o.NaN);
const sym = Symbol("k");
o[sym] = "symbol";
console.log(o[sym], Object.keys(o).length);
// Key conversion happens once.
let conversions = 0;
const keyObj = { toString() { conversions++; return "conv"; } };
o[keyObj] = 1;
o[keyObj] += 1;
console.log(o.conv, conversions);
// Arrays with string indices.
const arr = [];
arr["2"] = "c";
console.log(arr.length);
arr["02"] = "not an index";
console.log(arr.length);

// expect: one true
// expect: still one
// expect: one and a half
// expect: negative zero negative zero false
// expect: true
// expect: 1e+21,0.000001,1e-7
// expect: object key
// expect: array key
// expect: null key undefined key
// expect: bool
// expect: nan
// expect: symbol 12
// expect: 2 3
// expect: 3
// expect: 3
