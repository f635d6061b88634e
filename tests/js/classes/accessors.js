class Temperature {
  #celsius = 0;
  get fahrenheit() { return this.#celsius * 9 / 5 + 32; }
  set fahrenheit(f) { this.#celsius = (f - 32) * 5 / 9; }
  get celsius() { return this.#celsius; }
  static get unit() { return "C"; }
}
const t = new Temperature();
t.fahrenheit = 212;
console.log(t.celsius, t.fahrenheit, Temperature.unit);

// Getter without setter: assignment ignored in sloppy code, but class code is strict.
class ReadOnly {
  get v() { return 1; }
  tryWrite() {
    try {
      this.v = 2;
    } catch (e) {
      return e.constructor.name + ": " + e.message;
    }
  }
}
console.log(new ReadOnly().tryWrite());
const r = new ReadOnly();
r.v = 5; // sloppy: silently ignored
console.log(r.v);

// Accessor descriptors on the prototype.
const d = Object.getOwnPropertyDescriptor(Temperature.prototype, "fahrenheit");
console.log(typeof d.get, typeof d.set, d.enumerable, d.configurable);

// Overriding only the getter in a subclass hides the parent's setter.
class Parent {
  get x() { return "parent get"; }
  set x(v) { this._x = v; }
}
class Child extends Parent {
  get x() { return "child get"; }
}
const c = new Child();
c.x = 5;
console.log(c.x, c._x);

// Computed accessor names.
const key = "dyn";
class Dyn {
  get [key]() { return "dynamic getter"; }
}
console.log(new Dyn().dyn);

// expect: 100 212 C
// expect: TypeError: Cannot set property v of #<ReadOnly> which has only a getter
// expect: 1
// expect: function function false true
// expect: child get undefined
// expect: dynamic getter
