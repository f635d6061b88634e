function describe(n) {
  const parts = [];
  switch (n) {
    case 0:
      parts.push("zero");
    case 1:
      parts.push("one-or-less");
    case 2:
      parts.push("two-or-less");
      break;
    case 3:
    case 4:
      parts.push("three-or-four");
      break;
    case "5":
      parts.push("string five");
      break;
    default:
      parts.push("default");
  }
  return parts.join(",");
}
for (const n of [0, 1, 2, 3, 4, 5, "5", 6]) console.log(n, describe(n));

// Case expressions are evaluated lazily, in order.
const log = [];
function c(v) { log.push(v); return v; }
switch (2) {
  case c(1): log.push("one"); break;
  case c(2): log.push("two"); break;
  case c(3): log.push("three"); break;
}
console.log(log.join(" "));

// Empty switch and switch on objects (identity).
switch (1) {}
const key = {};
switch (key) {
  case {}: console.log("different object"); break;
  case key: console.log("same object"); break;
}
// The switch body is one block scope.
switch (1) {
  case 0:
    let hidden = "zero";
  case 1:
    try {
      console.log(hidden);
    } catch (e) {
      console.log(e.constructor.name + ": " + e.message);
    }
}

// expect: 0 zero,one-or-less,two-or-less
// expect: 1 one-or-less,two-or-less
// expect: 2 two-or-less
// expect: 3 three-or-four
// expect: 4 three-or-four
// expect: 5 default
// expect: 5 string five
// expect: 6 default
// expect: 1 2 two
// expect: same object
// expect: ReferenceError: Cannot access 'hidden' before initialization
