const { a, b } = { a: 1, b: 2 };
console.log(a, b);
const { a: renamed, missing } = { a: "A" };
console.log(renamed, missing);
const { length } = "four";
console.log(length);
const { toFixed } = 1;
console.log(typeof toFixed);
const { inherited } = Object.create({ inherited: "from proto" });
console.log(inherited);
// Assignment form needs parentheses.
let c, d;
({ c, d = "default d" } = { c: "C" });
console.log(c, d);
// Into properties and array elements.
const target = {};
const arr = [];
({ x: target.x, y: arr[0] } = { x: "tx", y: "a0" });
console.log(target.x, arr[0]);
// Getter on the source runs once per property.
let gets = 0;
const src = { get g() { gets++; return "g"; } };
const { g, g: g2 } = src;
console.log(g, g2, gets);
// Numeric and string keys.
const { 0: zero, "two words": tw } = { 0: "zero", "two words": "tw" };
console.log(zero, tw);
// Empty patterns still require an object-coercible value.
const {} = 5;
const [] = [];
console.log("empty patterns ok");
try {
  const {} = null;
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}

// expect: 1 2
// expect: A undefined
// expect: 4
// expect: function
// expect: from proto
// expect: C default d
// expect: tx a0
// expect: g g 2
// expect: zero tw
// expect: empty patterns ok
// expect: TypeError: Cannot destructure 'null' as it is null.
