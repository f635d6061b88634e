// The Array constructor, Array.isArray, Array.of and get Array[@@species].
function t(f) { try { console.log(f()) } catch (e) { console.log(e.constructor.name + ': ' + e.message) } }
t(() => new Array(3).length + ' ' + new Array('3').length + ' ' + Array(1, 2).length + ' ' + Array().length);
t(() => new Array(-0).length);
t(() => { const a = new Array(3); return (0 in a) + ' ' + a.length });
t(() => new Array(undefined).length + ' ' + new Array(null).length + ' ' + new Array('a').join());
t(() => new Array(4294967295).length);
t(() => Array(-1));
t(() => Array(1.5));
t(() => new Array(2 ** 32));
t(() => new Array(NaN));
t(() => { class B extends Array { constructor() { super(5); } } const b = new B(); return b.length + ' ' + (b instanceof B) + ' ' + Array.isArray(b) });
t(() => { class C extends Array {} const c = new C(1, 2, 3); c.push(4); return c.length + ' ' + c.constructor.name + ' ' + Object.getPrototypeOf(c) === C.prototype });
t(() => { function F() {} F.prototype = 5; return Object.getPrototypeOf(Reflect.construct(Array, [], F)) === Array.prototype });
t(() => Array.isArray([]) + ' ' + Array.isArray(Array.prototype) + ' ' + Array.isArray({length: 0}) + ' ' + Array.isArray('abc') + ' ' + Array.isArray());
t(() => Array.of(1, 2, 3).join() + ' ' + Array.of().length + ' ' + Array.of(7).length + ' ' + Array.of(undefined).length);
t(() => JSON.stringify(Array.of.call(function (n) { this.n = n }, 'x', 'y')));
t(() => JSON.stringify(Array.of.call(undefined, 'x', 'y')));
t(() => Array.of.call(Object, 1, 2).length);
t(() => { class MyA extends Array {} const m = MyA.of(1, 2, 3); return m.constructor.name + ' ' + m.length });
t(() => Array[Symbol.species] === Array);
t(() => { const d = Object.getOwnPropertyDescriptor(Array, Symbol.species); return d.get.name + ' ' + d.get.length + ' ' + d.set + ' ' + d.enumerable + ' ' + d.configurable });
t(() => { const get = Object.getOwnPropertyDescriptor(Array, Symbol.species).get; return get.call(42) });
t(() => Array.name + ' ' + Array.length + ' ' + (Array.prototype.constructor === Array) + ' ' + (Object.getPrototypeOf(Array) === Function.prototype));
t(() => Object.prototype.toString.call(Array.prototype) + ' ' + Array.prototype.length);
t(() => { try { new Array.prototype.map() } catch (e) { return e.message } });
t(() => { try { new Array.isArray() } catch (e) { return e.message } });

// expect: 3 1 2 0
// expect: 0
// expect: false 3
// expect: 1 1 a
// expect: 4294967295
// expect: RangeError: Invalid array length
// expect: RangeError: Invalid array length
// expect: RangeError: Invalid array length
// expect: RangeError: Invalid array length
// expect: 5 true true
// expect: false
// expect: true
// expect: true true false false false
// expect: 1,2,3 0 1 1
// expect: {"0":"x","1":"y","n":2,"length":2}
// expect: ["x","y"]
// expect: 2
// expect: MyA 3
// expect: true
// expect: get [Symbol.species] 0 undefined false true
// expect: 42
// expect: Array 1 true true
// expect: [object Array] 0
// expect: Array.prototype.map is not a constructor
// expect: Array.isArray is not a constructor
