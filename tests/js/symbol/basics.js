function attempt(f) {
  try { return f(); } catch (e) { return e.constructor.name + ": " + e.message; }
}
const s = Symbol("desc");
console.log(typeof s, s.toString(), String(s), s.description, Symbol().description, Symbol("").description);
console.log(Symbol(undefined).description, Symbol(null).description, Symbol(12).toString());
console.log(Symbol({ toString() { return "obj"; } }).toString());
console.log(Symbol("a") === Symbol("a"), s === s);
console.log(attempt(() => new Symbol()));
console.log(attempt(() => Symbol(Symbol())));
console.log(attempt(() => s + ""));
console.log(attempt(() => `${s}`));
console.log(attempt(() => +s));
console.log(Object(s) instanceof Symbol, typeof Object(s), Object(s).valueOf() === s, Object(s) == s);
console.log(Object(s).description, Object(s).toString());
console.log(s.valueOf() === s, s[Symbol.toPrimitive]("string") === s);
console.log(Symbol.length, Symbol.name, Symbol.prototype.constructor === Symbol);
console.log(Reflect.ownKeys(Symbol.prototype).map(String).join());
const dd = Object.getOwnPropertyDescriptor(Symbol.prototype, "description");
console.log(typeof dd.get, dd.set, dd.enumerable, dd.configurable, dd.get.name);
const tp = Object.getOwnPropertyDescriptor(Symbol.prototype, Symbol.toPrimitive);
console.log(tp.writable, tp.enumerable, tp.configurable, tp.value.name, tp.value.length);
const tt = Object.getOwnPropertyDescriptor(Symbol.prototype, Symbol.toStringTag);
console.log(tt.value, tt.writable, tt.enumerable, tt.configurable);
console.log(attempt(() => Symbol.prototype.toString.call(1)));
console.log(attempt(() => Symbol.prototype.valueOf.call({})));
console.log(attempt(() => dd.get.call("x")));
console.log(attempt(() => Symbol.prototype[Symbol.toPrimitive].call(1)));
console.log(attempt(() => Symbol.prototype.description));
// Symbols as property keys.
const o = { [s]: 1, plain: 2 };
console.log(o[s], Object.keys(o).join(), Object.getOwnPropertySymbols(o).length, JSON.stringify(o));
// Symbols can be subclassed, but not constructed.
class Sub extends Symbol {}
console.log(attempt(() => new Sub()));

// expect: symbol Symbol(desc) Symbol(desc) desc undefined 
// expect: undefined null Symbol(12)
// expect: Symbol(obj)
// expect: false true
// expect: TypeError: Symbol is not a constructor
// expect: TypeError: Cannot convert a Symbol value to a string
// expect: TypeError: Cannot convert a Symbol value to a string
// expect: TypeError: Cannot convert a Symbol value to a string
// expect: TypeError: Cannot convert a Symbol value to a number
// expect: true object true true
// expect: desc Symbol(desc)
// expect: true true
// expect: 0 Symbol true
// expect: constructor,toString,valueOf,description,Symbol(Symbol.toStringTag),Symbol(Symbol.toPrimitive)
// expect: function undefined false true get description
// expect: false false true [Symbol.toPrimitive] 1
// expect: Symbol false false true
// expect: TypeError: Symbol.prototype.toString requires that 'this' be a Symbol
// expect: TypeError: Symbol.prototype.valueOf requires that 'this' be a Symbol
// expect: TypeError: Symbol.prototype.description requires that 'this' be a Symbol
// expect: TypeError: Symbol.prototype [ @@toPrimitive ] requires that 'this' be a Symbol
// expect: TypeError: Symbol.prototype.description requires that 'this' be a Symbol
// expect: 1 plain 1 {"plain":2}
// expect: TypeError: Symbol is not a constructor
