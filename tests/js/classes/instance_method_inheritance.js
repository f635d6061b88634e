class A {
  who() { return "A"; }
  hello() { return "hello from " + this.who(); }
}
class B extends A {
  who() { return "B"; }
}
class C extends B {}
console.log(new A().hello(), new B().hello(), new C().hello());
// Own property shadows prototype method.
const c = new C();
c.who = () => "own";
console.log(c.hello());
// Adding methods to the prototype later is visible.
A.prototype.late = function () { return "late " + this.who(); };
console.log(new C().late());
// Method lookup follows the prototype chain at call time.
Object.setPrototypeOf(C.prototype, A.prototype);
console.log(new C().who());
// toString of instances.
console.log(String(new A()), Object.prototype.toString.call(new A()));
class Tagged { get [Symbol.toStringTag]() { return "Tagged"; } }
console.log(String(new Tagged()));
// Getters on the prototype chain.
class G { get kind() { return "kind of " + this.constructor.name; } }
class H extends G {}
console.log(new H().kind);

// expect: hello from A hello from B hello from B
// expect: hello from own
// expect: late B
// expect: A
// expect: [object Object] [object Object]
// expect: [object Tagged]
// expect: kind of H
