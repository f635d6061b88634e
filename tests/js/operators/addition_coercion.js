console.log(1 + 2, "1" + 2, 1 + "2", 1 + 2 + "3", "1" + 2 + 3);
console.log(true + 1, true + "1", null + 1, undefined + 1);
console.log([] + [], [] + {}, [1, 2] + [3]);
console.log({} + "x", String({}));
console.log([null] + "", [undefined] + "", [[]] + "", [[1, [2, 3]]] + "");
console.log(1 - "1", "5" * "2", "10" / 4, "7" % 4);
console.log("a" - 1, "" - 1, " 12 " * 1, "1e3" * 1);
console.log(+"", +" ", +"\n\t", +"0b11", +"0o17", +"0x1F", +"-0x1");
console.log(+"1_000", +"Infinity", +"-Infinity", +"infinity");
console.log(+[], +[5], +[1, 2], +{}, +null, +undefined, +true);
console.log(1n + 2n, "x" + 1n, 1n + "x");
try { Symbol() + 1; } catch (e) { console.log(e.constructor.name + ": " + e.message); }
try { "" + Symbol("q"); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
console.log(String(Symbol("q")), Symbol("q").toString(), Symbol("q").description);
const date = { toString() { return "T"; }, valueOf() { return 9; } };
console.log(date + 1, `${date}`, [date] + "");

// expect: 3 12 12 33 123
// expect: 2 true1 1 NaN
// expect:  [object Object] 1,23
// expect: [object Object]x [object Object]
// expect:    1,2,3
// expect: 0 10 2.5 3
// expect: NaN -1 12 1000
// expect: 0 0 0 3 15 31 NaN
// expect: NaN Infinity -Infinity NaN
// expect: 0 5 NaN NaN 0 NaN 1
// expect: 3n x1 1x
// expect: TypeError: Cannot convert a Symbol value to a number
// expect: TypeError: Cannot convert a Symbol value to a string
// expect: Symbol(q) Symbol(q) q
// expect: 10 T T
