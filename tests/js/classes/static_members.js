class Counter {
  static count = 0;
  static #secret = "hidden";
  static increment() { return ++Counter.count; }
  static get secret() { return Counter.#secret; }
  static ["comp" + "uted"] = "computed static";
  static self = this;
  static name2 = this.name;
}
Counter.increment();
Counter.increment();
console.log(Counter.count, Counter.secret, Counter.computed);
console.log(Counter.self === Counter, Counter.name2);
console.log(Object.keys(Counter).join(","));

// Static members are inherited through the constructor chain.
class Sub extends Counter {}
console.log(Sub.count, Sub.increment(), Counter.count);
console.log(Object.hasOwn(Sub, "count"));
// Static fields with this refer to the class (even in subclasses when inherited methods run).
class Base {
  static create() { return new this(); }
  static describe() { return "I am " + this.name; }
}
class Derived extends Base {}
console.log(Derived.create() instanceof Derived, Derived.describe());
// Static method 'name' and 'length' override.
class Odd {
  static name() { return "static name method"; }
}
console.log(typeof Odd.name, Odd.name());
// Static and instance with same name.
class Both {
  static m() { return "static"; }
  m() { return "instance"; }
}
console.log(Both.m(), new Both().m());

// expect: 2 hidden computed static
// expect: true Counter
// expect: count,computed,self,name2
// expect: 2 3 3
// expect: false
// expect: true I am Derived
// expect: function static name method
// expect: static instance
