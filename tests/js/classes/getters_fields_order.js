// Element order: methods are defined first, then static fields and blocks in
// order, instance fields at construction in order.
const log = [];
class Order {
  static s1 = log.push("static field s1");
  i1 = log.push("instance field i1");
  static { log.push("static block"); }
  static s2 = log.push("static field s2");
  i2 = log.push("instance field i2");
  constructor() { log.push("constructor"); }
  static m() {}
}
log.push("class defined");
new Order();
console.log(log.join("\n"));
// Key evaluation order, including computed method and field keys.
const keys = [];
const k = (name) => { keys.push(name); return name; };
class Keys {
  [k("method")]() {}
  [k("field")] = 1;
  static [k("staticField")] = 2;
  static [k("staticMethod")]() {}
}
console.log(keys.join(","));

// expect: static field s1
// expect: static block
// expect: static field s2
// expect: class defined
// expect: instance field i1
// expect: instance field i2
// expect: constructor
// expect: method,field,staticField,staticMethod
