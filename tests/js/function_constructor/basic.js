const add = new Function("a", "b", "return a + b");
console.log(add(2, 3), add.length, add.name);
const noNew = Function("return 'called without new'");
console.log(noNew());
const combined = new Function("a, b", "c", "return a + b + c");
console.log(combined(1, 2, 3), combined.length);
const defaults = new Function("a = 10", "...rest", "return a + rest.length");
console.log(defaults(), defaults(1, 2, 3), defaults.length);
const destructured = new Function("{ x, y }", "[z]", "return x + y + z");
console.log(destructured({ x: 1, y: 2 }, [3]));
const empty = new Function();
console.log(empty(), empty.length);
// Parameter strings are converted with ToString.
const coerced = new Function({ toString() { return "p"; } }, "return p * 2");
console.log(coerced(21));
// Each call creates a new function.
console.log(new Function("return 1") === new Function("return 1"));
// The body can contain comments and newlines.
const multiline = new Function("x", `
  // comment
  const y = x * 2;
  return y; // trailing comment
`);
console.log(multiline(4));
// Body ending in a line comment still works.
console.log(new Function("return 7 // no newline at end")());

// expect: 5 2 anonymous
// expect: called without new
// expect: 6 3
// expect: 10 3 0
// expect: 6
// expect: undefined 0
// expect: 42
// expect: false
// expect: 8
// expect: 7
