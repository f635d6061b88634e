// Template substitution uses ToString (hint "string"): toString first.
const log = [];
const both = {
  toString() { log.push("toString"); return "S"; },
  valueOf() { log.push("valueOf"); return "V"; },
};
console.log(`${both}`, log.join(","));
log.length = 0;
// String concatenation uses hint "default": valueOf first.
console.log("" + both, log.join(","));
log.length = 0;
// toString returning an object falls back to valueOf.
const fallback = {
  toString() { log.push("toString"); return {}; },
  valueOf() { log.push("valueOf"); return 42; },
};
console.log(`${fallback}`, log.join(","));
// Symbol.toPrimitive gets hint "string".
const prim = { [Symbol.toPrimitive](hint) { return "hint:" + hint; } };
console.log(`${prim}`);
// Substitutions are evaluated left to right, converted as they go.
const order = [];
const mk = (n) => ({ toString() { order.push("str" + n); return n; } });
const r = `${(order.push("eval1"), mk(1))}${(order.push("eval2"), mk(2))}`;
console.log(r, order.join(","));

// expect: S toString
// expect: V valueOf
// expect: 42 toString,valueOf
// expect: hint:string
// expect: 12 eval1,str1,eval2,str2
