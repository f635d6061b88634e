console.log(JSON.stringify({ a: 1, b: [1, "two", { c: null, d: [true, false] }], e: {}, f: [] }));
console.log(JSON.stringify("top"), JSON.stringify(1), JSON.stringify(true), JSON.stringify(null));
console.log(JSON.stringify(undefined), JSON.stringify(function () {}), JSON.stringify(Symbol()));
console.log(JSON.stringify({ u: undefined, f() {}, s: Symbol("x"), n: null, [Symbol("k")]: 1 }));
console.log(JSON.stringify([undefined, function () {}, Symbol("x"), null]));
console.log(JSON.stringify([NaN, Infinity, -Infinity, -0, 1e21, 1.5e-7, 0.1, 123456789.123, 2 ** 53]));
console.log(JSON.stringify([, 1, , ]));
console.log(JSON.stringify({ "": 1, "a b": 2, '"q"': 3, "\n": 4 }));
console.log(JSON.stringify([new Number(1), new String("s"), new Boolean(true), new Boolean(false)]));
console.log(JSON.stringify({ b: 1, 2: 2, a: 3, 1: 4 }));
const withProto = Object.create({ inherited: 1 });
withProto.own = 2;
console.log(JSON.stringify(withProto));
const nonEnum = {};
Object.defineProperty(nonEnum, "hidden", { value: 1, enumerable: false });
nonEnum.shown = 2;
console.log(JSON.stringify(nonEnum));
const getter = { get g() { return "computed"; } };
console.log(JSON.stringify(getter));
class P { constructor() { this.x = 1; } get y() { return 2; } }
console.log(JSON.stringify(new P()));
console.log(JSON.stringify(new Error("msg")));
console.log(JSON.stringify(Object.assign([1, 2], { extra: true })));

// expect: {"a":1,"b":[1,"two",{"c":null,"d":[true,false]}],"e":{},"f":[]}
// expect: "top" 1 true null
// expect: undefined undefined undefined
// expect: {"n":null}
// expect: [null,null,null,null]
// expect: [null,null,null,0,1e+21,1.5e-7,0.1,123456789.123,9007199254740992]
// expect: [null,1,null]
// expect: {"":1,"a b":2,"\"q\"":3,"\n":4}
// expect: [1,"s",true,false]
// expect: {"1":4,"2":2,"b":1,"a":3}
// expect: {"own":2}
// expect: {"shown":2}
// expect: {"g":"computed"}
// expect: {"x":1}
// expect: {}
// expect: [1,2]
