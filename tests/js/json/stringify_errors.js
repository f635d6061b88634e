function attempt(f) {
  try {
    console.log(f());
  } catch (e) {
    console.log(e.constructor.name);
    console.log(e.message);
  }
}
attempt(() => JSON.stringify(1n));
attempt(() => JSON.stringify({ x: Object(1n) }));
attempt(() => JSON.stringify([1, [2, 3n]]));
attempt(() => { const a = {}; a.a = a; return JSON.stringify(a); });
attempt(() => { const a = {}; a.x = { y: { z: a } }; return JSON.stringify(a); });
attempt(() => { const a = []; a.push(a); return JSON.stringify(a); });
attempt(() => { const a = [1, 2]; a.push({ q: [a] }); return JSON.stringify({ root: a }); });
attempt(() => { class Foo {} const a = new Foo(); a.self = { b: a }; return JSON.stringify(a); });
attempt(() => { const a = Object.create(null); a.self = a; return JSON.stringify(a); });
attempt(() => { const a = {}; a.x = { p1: { p2: { p3: { p4: a } } } }; return JSON.stringify(a); });
attempt(() => { const a = {}; a.x = { p1: { p2: { p3: { p4: { p5: { p6: a } } } } } }; return JSON.stringify(a); });
attempt(() => { const a = {}; a.x = [[[[[[a]]]]]]; return JSON.stringify(a); });
attempt(() => { const b = {}; const a = { b }; b.c = { d: b }; return JSON.stringify(a); });
attempt(() => { const a = {}; a["we ird"] = { x: a }; return JSON.stringify(a); });
attempt(() => { const a = {}; a["1"] = { x: a }; return JSON.stringify(a); });
attempt(() => { class A { constructor() { this.s = this; } } class B extends A {} return JSON.stringify(new B()); });
attempt(() => { const F = function () {}; const a = new F(); a.s = a; return JSON.stringify(a); });
attempt(() => { const a = new (class {})(); a.s = a; return JSON.stringify(a); });
attempt(() => JSON.stringify({ get boom() { throw new RangeError("from getter"); } }));
attempt(() => JSON.stringify({ toJSON() { throw new Error("from toJSON"); } }));

// expect: TypeError
// expect: Do not know how to serialize a BigInt
// expect: TypeError
// expect: Do not know how to serialize a BigInt
// expect: TypeError
// expect: Do not know how to serialize a BigInt
// expect: TypeError
// expect: Converting circular structure to JSON
// expect:     --> starting at object with constructor 'Object'
// expect:     --- property 'a' closes the circle
// expect: TypeError
// expect: Converting circular structure to JSON
// expect:     --> starting at object with constructor 'Object'
// expect:     |     property 'x' -> object with constructor 'Object'
// expect:     |     property 'y' -> object with constructor 'Object'
// expect:     --- property 'z' closes the circle
// expect: TypeError
// expect: Converting circular structure to JSON
// expect:     --> starting at object with constructor 'Array'
// expect:     --- index 0 closes the circle
// expect: TypeError
// expect: Converting circular structure to JSON
// expect:     --> starting at object with constructor 'Array'
// expect:     |     index 2 -> object with constructor 'Object'
// expect:     |     property 'q' -> object with constructor 'Array'
// expect:     --- index 0 closes the circle
// expect: TypeError
// expect: Converting circular structure to JSON
// expect:     --> starting at object with constructor 'Foo'
// expect:     |     property 'self' -> object with constructor 'Object'
// expect:     --- property 'b' closes the circle
// expect: TypeError
// expect: Converting circular structure to JSON
// expect:     --> starting at object with constructor 'Object'
// expect:     --- property 'self' closes the circle
// expect: TypeError
// expect: Converting circular structure to JSON
// expect:     --> starting at object with constructor 'Object'
// expect:     |     property 'x' -> object with constructor 'Object'
// expect:     |     property 'p1' -> object with constructor 'Object'
// expect:     |     ...
// expect:     |     property 'p3' -> object with constructor 'Object'
// expect:     --- property 'p4' closes the circle
// expect: TypeError
// expect: Converting circular structure to JSON
// expect:     --> starting at object with constructor 'Object'
// expect:     |     property 'x' -> object with constructor 'Object'
// expect:     |     property 'p1' -> object with constructor 'Object'
// expect:     |     ...
// expect:     |     property 'p5' -> object with constructor 'Object'
// expect:     --- property 'p6' closes the circle
// expect: TypeError
// expect: Converting circular structure to JSON
// expect:     --> starting at object with constructor 'Object'
// expect:     |     property 'x' -> object with constructor 'Array'
// expect:     |     index 0 -> object with constructor 'Array'
// expect:     |     ...
// expect:     |     index 0 -> object with constructor 'Array'
// expect:     --- index 0 closes the circle
// expect: TypeError
// expect: Converting circular structure to JSON
// expect:     --> starting at object with constructor 'Object'
// expect:     |     property 'c' -> object with constructor 'Object'
// expect:     --- property 'd' closes the circle
// expect: TypeError
// expect: Converting circular structure to JSON
// expect:     --> starting at object with constructor 'Object'
// expect:     |     property 'we ird' -> object with constructor 'Object'
// expect:     --- property 'x' closes the circle
// expect: TypeError
// expect: Converting circular structure to JSON
// expect:     --> starting at object with constructor 'Object'
// expect:     |     property '1' -> object with constructor 'Object'
// expect:     --- property 'x' closes the circle
// expect: TypeError
// expect: Converting circular structure to JSON
// expect:     --> starting at object with constructor 'B'
// expect:     --- property 's' closes the circle
// expect: TypeError
// expect: Converting circular structure to JSON
// expect:     --> starting at object with constructor 'F'
// expect:     --- property 's' closes the circle
// expect: TypeError
// expect: Converting circular structure to JSON
// expect:     --> starting at object with constructor 'Object'
// expect:     --- property 's' closes the circle
// expect: RangeError
// expect: from getter
// expect: Error
// expect: from toJSON
