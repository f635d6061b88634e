function declared(a, b) {}
const expr = function () {};
const arrow = () => {};
const namedExpr = function realName() {};
const obj = {
  method() {},
  get getter() { return 1; },
  set setter(v) {},
  ["comp" + "uted"]() {},
  [Symbol("desc")]() {},
  [Symbol()]() {},
  prop: function () {},
  arrowProp: () => {},
  123() {},
};
console.log(declared.name, declared.length);
console.log(expr.name, arrow.name, namedExpr.name);
console.log(obj.method.name, obj.computed.name, obj.prop.name, obj.arrowProp.name, obj[123].name);
const symKeys = Object.getOwnPropertySymbols(obj);
console.log(JSON.stringify(obj[symKeys[0]].name), JSON.stringify(obj[symKeys[1]].name));
const desc = Object.getOwnPropertyDescriptor(obj, "getter");
console.log(desc.get.name, Object.getOwnPropertyDescriptor(obj, "setter").set.name);
console.log(declared.bind(null).name, JSON.stringify((() => {}).bind().name));
class K { static s() {} m() {} }
console.log(K.name, K.s.name, K.prototype.m.name, class {}.name === "");
let assigned;
assigned = function () {};
console.log(assigned.name);
const { defaulted = function () {} } = {};
console.log(defaulted.name);
console.log(new Function("a", "b", "return a").name, new Function().length);
// name and length are configurable, non-writable, non-enumerable.
const d = Object.getOwnPropertyDescriptor(declared, "name");
console.log(d.writable, d.enumerable, d.configurable);
declared.name = "nope";
console.log(declared.name);
Object.defineProperty(declared, "name", { value: "renamed" });
console.log(declared.name);

// expect: declared 2
// expect: expr arrow realName
// expect: method computed prop arrowProp 123
// expect: "[desc]" ""
// expect: get getter set setter
// expect: bound declared "bound "
// expect: K s m true
// expect: assigned
// expect: defaulted
// expect: anonymous 0
// expect: false false true
// expect: declared
// expect: renamed
