class Widget {
  #id;
  constructor(id) { this.#id = id; }
  #format() { return `widget-${this.#id}`; }
  get #label() { return this.#format().toUpperCase(); }
  set #label(v) { this.#id = v; }
  static #registry = [];
  static #register(w) { Widget.#registry.push(w.#format()); }
  render() {
    Widget.#register(this);
    return this.#label;
  }
  rename(v) { this.#label = v; return this.#format(); }
  static registered() { return Widget.#registry.join(","); }
  static hasFormat(o) { return #format in o; }
}
const w = new Widget(7);
console.log(w.render(), w.rename("x"), Widget.registered());
// Private methods are not writable.
class ReadOnly {
  #m() {}
  tryWrite() {
    try {
      this.#m = 1;
    } catch (e) {
      return e.constructor.name + ": " + e.message;
    }
  }
}
console.log(new ReadOnly().tryWrite());
// Getter-only private accessor.
class GetOnly {
  get #g() { return 1; }
  trySet() {
    try {
      this.#g = 2;
    } catch (e) {
      return e.constructor.name + ": " + e.message;
    }
  }
}
console.log(new GetOnly().trySet());
// Calling on the wrong object.
class Strict {
  #priv() { return 1; }
  static call(o) { return o.#priv(); }
}
try {
  Strict.call({});
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
// Private methods are available in field initializers.
class Early {
  value = this.#compute();
  #compute() { return "computed early"; }
}
console.log(new Early().value);
// Private method identity is shared across instances.
class Same {
  #m() {}
  static check(a, b) { return a.#m === b.#m; }
}
console.log(Same.check(new Same(), new Same()));

// expect: WIDGET-7 widget-x widget-7
// expect: TypeError: Private method '#m' is not writable
// expect: TypeError: '#g' was defined without a setter
// expect: TypeError: Receiver must be an instance of class Strict
// expect: computed early
// expect: true
