function attempt(f) {
  try { return f(); } catch (e) { return e.constructor.name + ": " + e.message; }
}
function f(a, b, c) { "use strict"; return [this, a, b, c].map(String).join(); }
const b = f.bind("T", 1);
console.log(b(2, 3), b.name, b.length, "prototype" in b, typeof b);
console.log(f.bind().name, f.bind().length, f.bind(null, 1, 2, 3, 4).length);
console.log(b.bind(null, 2).name, b.bind(null, 2)(9));
console.log(Object.getPrototypeOf(b) === Function.prototype);
console.log(String(b), Function.prototype.toString.call(b));

// length via the HasOwnProperty('length') step.
function g(x, y, z) {}
Object.defineProperty(g, "length", { value: -5 });
console.log(g.bind().length);
Object.defineProperty(g, "length", { value: Infinity });
console.log(g.bind(null, 1).length);
Object.defineProperty(g, "length", { value: -Infinity });
console.log(g.bind(null, 1).length);
Object.defineProperty(g, "length", { value: "3" });
console.log(g.bind(null, 1).length);
Object.defineProperty(g, "length", { value: 3.7 });
console.log(g.bind(null, 1).length);
delete g.length;
console.log(g.bind(null, 1).length);
Object.setPrototypeOf(g, Object.create(Function.prototype, { length: { value: 10 } }));
console.log(g.length, g.bind().length);
Object.defineProperty(g, "name", { value: 3 });
console.log(JSON.stringify(g.bind().name));
const ld = Object.getOwnPropertyDescriptor(b, "length");
console.log(ld.writable, ld.enumerable, ld.configurable);
console.log(Object.getOwnPropertyNames(b).join());

// Constructing a bound function ignores the bound this.
class Point { constructor(x, y) { this.x = x; this.y = y; } }
const P = Point.bind({ ignored: true }, 1);
const p = new P(2);
console.log(p.x, p.y, p instanceof Point, p instanceof P);
function Ctor() { this.nt = new.target === Ctor; }
console.log(new (Ctor.bind(null))().nt);
console.log(attempt(() => new (Math.max.bind(null))()));
console.log(attempt(() => new ((() => 1).bind(null))()));
console.log(attempt(() => Function.prototype.bind.call(1)));
console.log(attempt(() => Function.prototype.bind.call({})));
console.log(Function.prototype.bind.length, Math.max.bind(null).name);

// expect: T,1,2,3 bound f 2 false function
// expect: bound f 3 0
// expect: bound bound f T,1,2,9
// expect: true
// expect: function () { [native code] } function () { [native code] }
// expect: 0
// expect: Infinity
// expect: 0
// expect: 0
// expect: 2
// expect: 0
// expect: 10 0
// expect: "bound "
// expect: false false true
// expect: length,name
// expect: 1 2 true true
// expect: true
// expect: TypeError: Math.max.bind(...) is not a constructor
// expect: TypeError: (intermediate value).bind(...) is not a constructor
// expect: TypeError: Bind must be called on a function
// expect: TypeError: Bind must be called on a function
// expect: 1 bound max
