class A {
  greet() { return "A.greet"; }
  get value() { return "A.value from " + this.tag; }
  static create() { return "A.create"; }
}
class B extends A {
  constructor() { super(); this.tag = "b-instance"; }
  greet() { return "B.greet > " + super.greet(); }
  get value() { return "B.value > " + super.value; }
  static create() { return "B.create > " + super.create(); }
  viaArrow() { return (() => super.greet())(); }
  computed() { const k = "greet"; return super[k](); }
}
const b = new B();
console.log(b.greet());
console.log(b.value);
console.log(B.create());
console.log(b.viaArrow(), b.computed());

// super is bound to the home object, not to this.
const borrowed = b.greet;
const other = { greet: borrowed };
console.log(other.greet());

// super property assignment sets on this.
class Setter extends A {
  assign() {
    super.assigned = "set via super";
    return Object.prototype.hasOwnProperty.call(this, "assigned");
  }
}
const s = new Setter();
console.log(s.assign(), s.assigned);

// super in object literals.
const base = { hello() { return "base hello"; } };
const derived = {
  __proto__: base,
  hello() { return "derived > " + super.hello(); },
};
console.log(derived.hello());

// Missing super method.
class C extends A {
  missing() { return super.nope; }
  callMissing() { return super.nope(); }
}
console.log(new C().missing());
try { new C().callMissing(); } catch (e) { console.log(e.constructor.name + ": " + e.message); }

// super in static method refers to the parent constructor.
class P { static who() { return this.name; } }
class Q extends P { static who() { return "Q sees " + super.who(); } }
console.log(Q.who());

// expect: B.greet > A.greet
// expect: B.value > A.value from b-instance
// expect: B.create > A.create
// expect: A.greet A.greet
// expect: B.greet > A.greet
// expect: true set via super
// expect: derived > base hello
// expect: undefined
// expect: TypeError: (intermediate value).nope is not a function
// expect: Q sees Q
