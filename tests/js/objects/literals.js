const x = 1, y = "two";
const key = "dyn";
const o = {
  x,
  y,
  [key]: "computed",
  [`${key}_2`]: "template computed",
  [1 + 2]: "three",
  method() { return "method " + this.x; },
  "quoted key": true,
  123: "numeric",
  0.5: "half",
  1e3: "thousand",
  async am() {},
  *gen() { yield 1; },
  get g() { return "getter"; },
};
console.log(o.x, o.y, o.dyn, o.dyn_2, o[3], o["3"]);
console.log(o.method(), o["quoted key"], o[123], o["0.5"], o[1000]);
console.log(Object.keys(o).join(","));
console.log(typeof o.am, [...o.gen()].join(), o.g);
// Methods are not constructors; function-valued properties are.
try { new o.method(); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
// Trailing commas and nested literals.
const nested = { a: { b: { c: [1, 2, { d: "deep" }] } }, };
console.log(nested.a.b.c[2].d);
// Reserved words as keys.
const reserved = { if: 1, class: 2, new: 3, function: 4, null: 5, true: 6 };
console.log(reserved.if + reserved.class + reserved.new + reserved.function + reserved.null + reserved.true);
// Shorthand keeps value at creation time.
let later = "before";
const snap = { later };
later = "after";
console.log(snap.later);

// expect: 1 two computed template computed three three
// expect: method 1 true numeric half thousand
// expect: 3,123,1000,x,y,dyn,dyn_2,method,quoted key,0.5,am,gen,g
// expect: function 1 getter
// expect: TypeError: o.method is not a constructor
// expect: deep
// expect: 21
// expect: before
