const key = "dynamic";
const { [key]: value } = { dynamic: "found" };
console.log(value);
const { [`pre_${key}`]: t } = { pre_dynamic: "template key" };
console.log(t);
const sym = Symbol("k");
const { [sym]: s } = { [sym]: "symbol value" };
console.log(s);
const { [1 + 1]: two } = { 2: "two" };
console.log(two);

// Computed keys are evaluated in order, interleaved with gets.
const log = [];
const src = {
  get a() { log.push("get a"); return 1; },
  get b() { log.push("get b"); return 2; },
};
const k = (name) => { log.push("key " + name); return name; };
const { [k("a")]: va, [k("b")]: vb } = src;
console.log(va, vb, log.join(", "));

// Keys are converted to property keys.
const objKey = { toString() { return "custom"; } };
const { [objKey]: custom } = { custom: "converted" };
console.log(custom);

// Computed key with default.
const { [key + "2"]: missing = "default" } = {};
console.log(missing);

// expect: found
// expect: template key
// expect: symbol value
// expect: two
// expect: 1 2 key a, get a, key b, get b
// expect: converted
// expect: default
