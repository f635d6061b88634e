console.log({});
console.log({ a: 1, b: "two", c: [3], d: { e: 4 } });
console.log({ "b-c": 2, a: 1, 1: "one", "": "empty", $dollar: 1, _under: 2, é: 3, "with space": 4 });
console.log({ [Symbol("k")]: 1, [Symbol()]: 2, [Symbol.iterator]: 3, normal: 4 });
console.log({ __proto__x: 1, ["__proto__"]: 2 });
console.log(Object.create(null));
const np = Object.create(null);
np.x = 1;
np.y = { z: 2 };
console.log(np);
class Point {
  constructor(x, y) { this.x = x; this.y = y; }
}
console.log(new Point(1, 2));
console.log([new Point(3, 4)]);
console.log(Object.create(Point.prototype));
class Empty {}
console.log(new Empty(), [new Empty()], { e: new Empty() });
class Sub extends Point {}
console.log(new Sub(5, 6));
const withGetters = {
  get a() { return 1; },
  set b(v) {},
  get c() { return 1; },
  set c(v) {},
  d: 4,
};
console.log(withGetters);
const hidden = {};
Object.defineProperty(hidden, "secret", { value: 1, enumerable: false });
hidden.visible = 2;
console.log(hidden);
const tagged = { [Symbol.toStringTag]: "Tagged", x: 1 };
console.log(tagged);
class Tagged2 { get [Symbol.toStringTag]() { return "T2"; } }
console.log(new Tagged2());
console.log(Object.create(Object.create(null)));
console.log({ a: { b: { c: { d: { e: 1 } } } } });
console.log({ a: { b: { c: {} } }, x: { y: { z: [] } } });

// expect: {}
// expect: { a: 1, b: 'two', c: [ 3 ], d: { e: 4 } }
// expect: {
// expect:   '1': 'one',
// expect:   'b-c': 2,
// expect:   a: 1,
// expect:   '': 'empty',
// expect:   '$dollar': 1,
// expect:   _under: 2,
// expect:   'é': 3,
// expect:   'with space': 4
// expect: }
// expect: {
// expect:   normal: 4,
// expect:   [Symbol(k)]: 1,
// expect:   [Symbol()]: 2,
// expect:   [Symbol(Symbol.iterator)]: 3
// expect: }
// expect: { __proto__x: 1, ['__proto__']: 2 }
// expect: [Object: null prototype] {}
// expect: [Object: null prototype] { x: 1, y: { z: 2 } }
// expect: Point { x: 1, y: 2 }
// expect: [ Point { x: 3, y: 4 } ]
// expect: Point {}
// expect: Empty {} [ Empty {} ] { e: Empty {} }
// expect: Sub { x: 5, y: 6 }
// expect: { a: [Getter], b: [Setter], c: [Getter/Setter], d: 4 }
// expect: { visible: 2 }
// expect: { x: 1, [Symbol(Symbol.toStringTag)]: 'Tagged' }
// expect: Tagged2 [T2] {}
// expect: Object <[Object: null prototype] {}> {}
// expect: { a: { b: { c: [Object] } } }
// expect: { a: { b: { c: {} } }, x: { y: { z: [] } } }
