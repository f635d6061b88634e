const o = {};
console.log(1 === 1, 1 === 1.0, "1" === 1);
console.log(NaN === NaN, NaN !== NaN);
console.log(0 === -0, Object.is(0, -0), Object.is(NaN, NaN));
console.log(o === o, {} === {});
console.log(null === undefined, null == undefined);
console.log(1n === 1n, 1n === 1);
console.log("abc" === "ab" + "c");
const s = Symbol();
console.log(s === s, Symbol() === Symbol());
console.log(Symbol.for("k") === Symbol.for("k"));
console.log([NaN].includes(NaN), [NaN].indexOf(NaN));
console.log([-0].includes(0), [-0].indexOf(0));
switch (NaN) {
  case NaN: console.log("matched NaN"); break;
  default: console.log("NaN never matches");
}

// expect: true true false
// expect: false true
// expect: true false true
// expect: true false
// expect: false true
// expect: true false
// expect: true
// expect: true false
// expect: true
// expect: true -1
// expect: true 0
// expect: NaN never matches
