const log = [];
class Fields {
  a = (log.push("init a"), 1);
  b = this.a + 1;
  ["c" + 1] = (log.push("init c1"), 3);
  d;
  arrow = () => this;
  constructor() {
    log.push("constructor body, a=" + this.a);
  }
}
const f = new Fields();
console.log(f.a, f.b, f.c1, f.d, "d" in f, f.arrow() === f);
console.log(log.join(", "));
console.log(Object.keys(f).join(","));

// Computed field keys are evaluated once, at class definition.
let n = 0;
class Once {
  [`k${++n}`] = n;
}
new Once();
const o2 = new Once();
console.log(Object.keys(o2).join(","), n);

// Fields are defined (not set): setters on the prototype are bypassed.
class WithSetter {
  set x(v) { console.log("setter called"); }
}
class DefineNotSet extends WithSetter {
  x = "own data property";
}
const dns = new DefineNotSet();
console.log(Object.getOwnPropertyDescriptor(dns, "x").value);

// Derived fields are initialized right after super() returns.
class Base {
  constructor() { this.seenByBase = typeof this.derivedField; }
}
class Derived extends Base {
  derivedField = "set";
  constructor() {
    super();
    this.afterSuper = this.derivedField;
  }
}
const dd = new Derived();
console.log(dd.seenByBase, dd.afterSuper);
// Field initializers get their own function names.
class Named { fn = function () {}; arrow = () => {}; }
const nm = new Named();
console.log(nm.fn.name, nm.arrow.name);

// expect: 1 2 3 undefined true true
// expect: init a, init c1, constructor body, a=1
// expect: a,b,c1,d,arrow
// expect: k1 1
// expect: own data property
// expect: undefined set
// expect: fn arrow
