class Account {
  #balance = 0;
  #log = [];
  deposit(n) {
    this.#balance += n;
    this.#log.push("+" + n);
    return this;
  }
  get balance() { return this.#balance; }
  history() { return this.#log.join(" "); }
  static compare(a, b) { return a.#balance - b.#balance; }
}
const a = new Account().deposit(10).deposit(5);
const b = new Account().deposit(20);
console.log(a.balance, a.history(), Account.compare(a, b));
// Private names are not properties.
console.log(Object.keys(a).length, JSON.stringify(a), "#balance" in a);
// Brand check errors.
try {
  Account.compare(a, {});
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
class Writer {
  #v;
  static write(o) { o.#v = 1; }
}
try {
  Writer.write({});
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
// Same private name in different classes are distinct.
class One { #x = "one"; static get(o) { return o.#x; } }
class Two { #x = "two"; static get(o) { return o.#x; } }
try {
  One.get(new Two());
} catch (e) {
  console.log("distinct private names:", e.constructor.name);
}
// Each class evaluation creates new private names.
function makeClass() {
  return class { #p = 1; static read(o) { return o.#p; } };
}
const C1 = makeClass();
const C2 = makeClass();
try {
  C1.read(new C2());
} catch (e) {
  console.log("per-evaluation private names:", e.constructor.name);
}
// Private fields via the return-override trick can be added to any object.
class Stamper extends class { constructor(o) { return o; } } {
  #stamp = "stamped";
  static read(o) { return o.#stamp; }
}
const plain = {};
new Stamper(plain);
console.log(Stamper.read(plain));
try {
  new Stamper(plain);
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
// Private fields in nested classes can be accessed by inner class code.
class Outer {
  #secret = "outer secret";
  static Inner = class {
    read(o) { return o.#secret; }
  };
}
console.log(new Outer.Inner().read(new Outer()));

// expect: 15 +10 +5 -5
// expect: 0 {} false
// expect: TypeError: Cannot read private member #balance from an object whose class did not declare it
// expect: TypeError: Cannot write private member #v to an object whose class did not declare it
// expect: distinct private names: TypeError
// expect: per-evaluation private names: TypeError
// expect: stamped
// expect: TypeError: Cannot initialize #stamp twice on the same object
// expect: outer secret
