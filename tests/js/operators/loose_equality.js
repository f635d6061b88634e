// The == table over a set of interesting values.
const values = [
  ["undefined", undefined],
  ["null", null],
  ["0", 0],
  ["-0", -0],
  ["NaN", NaN],
  ["1", 1],
  ["''", ""],
  ["'0'", "0"],
  ["'1'", "1"],
  ["' 1 '", " 1 "],
  ["false", false],
  ["true", true],
  ["[]", []],
  ["[0]", [0]],
  ["[1]", [1]],
  ["{}", {}],
  ["1n", 1n],
  ["0n", 0n],
];
for (const [name, a] of values) {
  let row = "";
  for (const [, b] of values) row += a == b ? "1" : ".";
  console.log(row, name);
}
console.log("null == false", null == false);
console.log("undefined == 0", undefined == 0);
console.log("'\\n' == 0", "\n" == 0);
console.log("'1n' == 1n", "1n" == 1n);
console.log("'0x10' == 16", "0x10" == 16);
console.log("'0x10' == 16n", "0x10" == 16n);
console.log("1.5 == 1n", 1.5 == 1n);
console.log("Infinity == 1n", Infinity == 1n);
const sym = Symbol("s");
console.log("sym == sym", sym == sym);
console.log("sym == Object(sym)", sym == Object(sym));
console.log("'a' == new String('a')", "a" == new String("a"));
console.log("new String('a') == new String('a')", new String("a") == new String("a"));
console.log("a != b", 1 != "1", 1 !== "1");

// expect: 11................ undefined
// expect: 11................ null
// expect: ..11..11..1.11...1 0
// expect: ..11..11..1.11...1 -0
// expect: .................. NaN
// expect: .....1..11.1..1.1. 1
// expect: ..11..1...1.1....1 ''
// expect: ..11...1..1..1...1 '0'
// expect: .....1..1..1..1.1. '1'
// expect: .....1...1.1....1. ' 1 '
// expect: ..11..11..1.11...1 false
// expect: .....1..11.1..1.1. true
// expect: ..11..1...1.1....1 []
// expect: ..11...1..1..1...1 [0]
// expect: .....1..1..1..1.1. [1]
// expect: ...............1.. {}
// expect: .....1..11.1..1.1. 1n
// expect: ..11..11..1.11...1 0n
// expect: null == false false
// expect: undefined == 0 false
// expect: '\n' == 0 true
// expect: '1n' == 1n false
// expect: '0x10' == 16 true
// expect: '0x10' == 16n true
// expect: 1.5 == 1n false
// expect: Infinity == 1n false
// expect: sym == sym true
// expect: sym == Object(sym) true
// expect: 'a' == new String('a') true
// expect: new String('a') == new String('a') false
// expect: a != b false true
