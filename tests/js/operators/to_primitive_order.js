// ToPrimitive: valueOf before toString for "number"/"default" hints,
// toString before valueOf for the "string" hint.
const log = [];
function make(name, value, str) {
  return {
    valueOf() { log.push(name + ".valueOf"); return value; },
    toString() { log.push(name + ".toString"); return str; },
  };
}
function show(label, result) {
  console.log(label, String(result), "|", log.join(", "));
  log.length = 0;
}

const a = make("a", 10, "ten");
show("+a", +a);
show("a + 1", a + 1);
show("a + ''", a + "");
show("`${a}`", `${a}`);
show("String(a)", String(a));
show("a * 2", a * 2);
show("a < 11", a < 11);
show("a == 10", a == 10);
show("a == 'ten'", a == "ten");
const key = {};
key[a] = 1;
show("key[a]", Object.keys(key)[0]);

// valueOf returning an object falls through to toString.
const b = {
  valueOf() { log.push("b.valueOf"); return {}; },
  toString() { log.push("b.toString"); return "7"; },
};
show("b * 1", b * 1);
show("b + 1", b + 1);

// Neither returns a primitive.
const c = {
  valueOf() { log.push("c.valueOf"); return {}; },
  toString() { log.push("c.toString"); return {}; },
};
try { c + 1; } catch (e) { show(e.constructor.name + ": " + e.message, ""); }

// Symbol.toPrimitive wins and receives the hint.
const d = {
  [Symbol.toPrimitive](hint) { log.push("hint=" + hint); return hint === "number" ? 42 : "d"; },
  valueOf() { log.push("never"); return 0; },
};
show("+d", +d);
show("d + ''", d + "");
show("`${d}`", `${d}`);
show("d * 1", d * 1);
show("d == 'd'", d == "d");

// Symbol.toPrimitive returning an object is a TypeError.
const e = { [Symbol.toPrimitive]() { return {}; } };
try { +e; } catch (err) { console.log(err.constructor.name + ": " + err.message); }

// expect: +a 10 | a.valueOf
// expect: a + 1 11 | a.valueOf
// expect: a + '' 10 | a.valueOf
// expect: `${a}` ten | a.toString
// expect: String(a) ten | a.toString
// expect: a * 2 20 | a.valueOf
// expect: a < 11 true | a.valueOf
// expect: a == 10 true | a.valueOf
// expect: a == 'ten' false | a.valueOf
// expect: key[a] ten | a.toString
// expect: b * 1 7 | b.valueOf, b.toString
// expect: b + 1 71 | b.valueOf, b.toString
// expect: TypeError: Cannot convert object to primitive value  | c.valueOf, c.toString
// expect: +d 42 | hint=number
// expect: d + '' d | hint=default
// expect: `${d}` d | hint=string
// expect: d * 1 42 | hint=number
// expect: d == 'd' true | hint=default
// expect: TypeError: Cannot convert object to primitive value
