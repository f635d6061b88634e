function attempt(f) {
  try { return f(); } catch (e) { return e.constructor.name + ": " + e.message; }
}
console.log(Boolean(), Boolean(0), Boolean(""), Boolean("0"), Boolean({}), Boolean(NaN), Boolean(0n), Boolean(Symbol()));
const wrapped = new Boolean(false);
console.log(typeof wrapped, wrapped.valueOf(), wrapped.toString(), !!wrapped, wrapped instanceof Boolean);
console.log(true.toString(), false.valueOf(), Boolean.prototype.toString.call(new Boolean(true)));
console.log(Boolean.prototype.valueOf(), Object.prototype.toString.call(Boolean.prototype));
console.log(attempt(() => Boolean.prototype.toString.call(1)));
console.log(attempt(() => Boolean.prototype.valueOf.call("x")));
console.log(attempt(() => Boolean.prototype.valueOf.call({ valueOf() { return true; } })));
class MyBool extends Boolean { extra() { return "x" + this.valueOf(); } }
const mb = new MyBool(1);
console.log(mb.extra(), mb instanceof Boolean, Object.prototype.toString.call(mb));
console.log(Reflect.ownKeys(Boolean).join(), Reflect.ownKeys(Boolean.prototype).join());
console.log(Boolean.length, Boolean.name, Boolean.prototype.constructor === Boolean);

// expect: false false false true true false false true
// expect: object false false true true
// expect: true false true
// expect: false [object Boolean]
// expect: TypeError: Boolean.prototype.toString requires that 'this' be a Boolean
// expect: TypeError: Boolean.prototype.valueOf requires that 'this' be a Boolean
// expect: TypeError: Boolean.prototype.valueOf requires that 'this' be a Boolean
// expect: xtrue true [object Boolean]
// expect: length,name,prototype constructor,toString,valueOf
// expect: 1 Boolean true
