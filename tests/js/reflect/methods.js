function attempt(f) {
  try { return f(); } catch (e) { return e.constructor.name + ": " + e.message; }
}
console.log(Reflect.ownKeys(Reflect).map(String).join());
console.log(Object.prototype.toString.call(Reflect), typeof Reflect);
console.log(Object.keys(Reflect).length, Reflect.ownKeys(Reflect).map((k) => typeof Reflect[k] === "function" ? Reflect[k].length : "-").join());
const td = Object.getOwnPropertyDescriptor(Reflect, Symbol.toStringTag);
console.log(td.value, td.writable, td.enumerable, td.configurable);
console.log(attempt(() => new Reflect.get({}, "x")));

const o = { a: 1 };
console.log(Reflect.defineProperty(o, "b", { value: 2 }), o.b);
console.log(Reflect.defineProperty(o, "b", { value: 3 }), o.b);
console.log(Reflect.defineProperty(Object.freeze({}), "x", { value: 1 }));
console.log(attempt(() => Reflect.defineProperty([], "length", { value: -1 })));
console.log(Reflect.deleteProperty(o, "a"), Reflect.deleteProperty(o, "b"), Reflect.deleteProperty(o, "zz"));
console.log(Reflect.has(o, "b"), Reflect.has(o, "toString"), Reflect.has([], "length"));
console.log(Reflect.getOwnPropertyDescriptor(o, "b").writable, Reflect.getOwnPropertyDescriptor(o, "zz"));
console.log(Reflect.getPrototypeOf(o) === Object.prototype, Reflect.getPrototypeOf(Object.prototype));
console.log(Reflect.setPrototypeOf(o, null), Reflect.getPrototypeOf(o));
console.log(Reflect.setPrototypeOf(Object.prototype, {}), Reflect.setPrototypeOf(Object.prototype, null));
const ne = Object.preventExtensions({});
console.log(Reflect.setPrototypeOf(ne, {}), Reflect.setPrototypeOf(ne, Object.prototype));
const a = {}, b = Object.create(a);
console.log(Reflect.setPrototypeOf(a, b));
console.log(Reflect.isExtensible(o), Reflect.preventExtensions(o), Reflect.isExtensible(o));
console.log(Reflect.ownKeys([1, 2]).join(), Reflect.ownKeys({ [Symbol("s")]: 1, 2: 0, x: 0 }).map(String).join());

// apply / construct
console.log(Reflect.apply(Math.max, null, [1, 3, 2]), Reflect.apply(String.prototype.slice, "hello", [1, 3]));
console.log(Reflect.apply(function () { return arguments.length; }, null, { length: 3 }));
class Base { constructor(x) { this.x = x; this.nt = new.target.name; } }
class Other {}
const made = Reflect.construct(Base, [5], Other);
console.log(made.x, made.nt, made instanceof Other, made instanceof Base);
console.log(Reflect.construct(Date, [0]) instanceof Date, typeof Reflect.construct(Boolean, [0], Object));
console.log(Reflect.construct(function () { return new.target; }, []).name === undefined);

// expect: defineProperty,deleteProperty,apply,construct,get,getOwnPropertyDescriptor,getPrototypeOf,has,isExtensible,ownKeys,preventExtensions,set,setPrototypeOf,Symbol(Symbol.toStringTag)
// expect: [object Reflect] object
// expect: 0 3,2,3,2,2,2,1,2,1,1,1,3,2,-
// expect: Reflect false false true
// expect: TypeError: Reflect.get is not a constructor
// expect: true 2
// expect: false 2
// expect: false
// expect: RangeError: Invalid array length
// expect: true false true
// expect: true true true
// expect: false undefined
// expect: true null
// expect: true null
// expect: false true
// expect: false true
// expect: false
// expect: true true false
// expect: 0,1,length 2,x,Symbol(s)
// expect: 3 el
// expect: 3
// expect: 5 Other true false
// expect: true object
// expect: false
