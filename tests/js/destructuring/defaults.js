const log = [];
function def(name, value) { log.push(name); return value; }

const [a = def("a", 1), b = def("b", 2)] = [undefined, null];
console.log(a, b, log.join(","));
log.length = 0;

const { c = def("c", 3), d = def("d", 4) } = { d: 0 };
console.log(c, d, log.join(","));
log.length = 0;

// Defaults can refer to earlier bindings.
const [e = 1, f = e * 10] = [];
console.log(e, f);
const { g = 2, h = g + 1 } = {};
console.log(g, h);

// Defaults get function names.
const { fn = function () {}, arrow = () => {}, klass = class {} } = {};
console.log(fn.name, arrow.name, klass.name);

// Default for a missing nested object.
const { deep: { inner = "fallback" } = {} } = {};
console.log(inner);

// Defaults evaluated left to right, only when needed.
const order = [];
const [p = order.push("p"), q = order.push("q"), r = order.push("r")] = [undefined, "given"];
console.log(p, q, r, order.join(""));

// Default referring to a later binding is a TDZ error.
try {
  const [x = y, y = 1] = [];
} catch (err) {
  console.log(err.constructor.name + ": " + err.message);
}

// expect: 1 null a
// expect: 3 0 c
// expect: 1 10
// expect: 2 3
// expect: fn arrow klass
// expect: fallback
// expect: 1 given 2 pr
// expect: ReferenceError: Cannot access 'y' before initialization
