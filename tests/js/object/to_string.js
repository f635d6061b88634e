const ts = Object.prototype.toString;
const values = [
  undefined, null, 1, "s", true, Symbol("x"), 10n, [], function () {}, new Error("e"),
  new Date(0), /x/, (function () { return arguments; })(), new Proxy([], {}),
  new Proxy(function () {}, {}), Math, JSON, new Map(), Promise.resolve(), function* () {},
  async function () {}, new Boolean(false), new Number(1), new String("s"), Object(1n),
  Object(Symbol()), Boolean.prototype, Number.prototype, String.prototype, Reflect,
  Object.create(null), class {},
];
for (const v of values) console.log(ts.call(v));
console.log(ts.call({ [Symbol.toStringTag]: "Custom" }));
console.log(ts.call({ [Symbol.toStringTag]: 1 }));
const tagged = [];
tagged[Symbol.toStringTag] = "NotArray";
console.log(ts.call(tagged));
class Tagged { get [Symbol.toStringTag]() { return "FromGetter"; } }
console.log(String(new Tagged()), `${{}}`);
const revocable = Proxy.revocable({}, {});
revocable.revoke();
try { ts.call(revocable.proxy); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(ts.name, ts.length);

// expect: [object Undefined]
// expect: [object Null]
// expect: [object Number]
// expect: [object String]
// expect: [object Boolean]
// expect: [object Symbol]
// expect: [object BigInt]
// expect: [object Array]
// expect: [object Function]
// expect: [object Error]
// expect: [object Date]
// expect: [object RegExp]
// expect: [object Arguments]
// expect: [object Array]
// expect: [object Function]
// expect: [object Math]
// expect: [object JSON]
// expect: [object Map]
// expect: [object Promise]
// expect: [object GeneratorFunction]
// expect: [object AsyncFunction]
// expect: [object Boolean]
// expect: [object Number]
// expect: [object String]
// expect: [object BigInt]
// expect: [object Symbol]
// expect: [object Boolean]
// expect: [object Number]
// expect: [object String]
// expect: [object Reflect]
// expect: [object Object]
// expect: [object Function]
// expect: [object Custom]
// expect: [object Object]
// expect: [object NotArray]
// expect: [object FromGetter] [object Object]
// expect: TypeError Cannot perform 'Object.prototype.toString' on a proxy that has been revoked
// expect: toString 0
