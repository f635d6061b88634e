// toString/valueOf brand checks and string primitives' property access.
console.log('abc'.toString(), new String('x').toString(), 'abc'.valueOf(), new String('y').valueOf());
for (const bad of [1, {}, null, undefined, Symbol('s'), [1]]) {
  try { String.prototype.toString.call(bad); } catch (e) { console.log(e.constructor.name, e.message); }
  try { String.prototype.valueOf.call(bad); } catch (e) { console.log(e.constructor.name, e.message); }
}
const wrapped = Object('wrapped');
console.log(typeof wrapped, wrapped.length, wrapped.toUpperCase(), Object.getOwnPropertyNames(wrapped).join());
const d = Object.getOwnPropertyDescriptor(wrapped, '0');
console.log(d.value, d.writable, d.enumerable, d.configurable);
console.log('abc'.length, 'abc'[1], 'abc'[5], '😀'.length, 'abc'['length']);
console.log(String.prototype.toString === String.prototype.valueOf, String.prototype.toString.name);

// expect: abc x abc y
// expect: TypeError String.prototype.toString requires that 'this' be a String
// expect: TypeError String.prototype.valueOf requires that 'this' be a String
// expect: TypeError String.prototype.toString requires that 'this' be a String
// expect: TypeError String.prototype.valueOf requires that 'this' be a String
// expect: TypeError String.prototype.toString requires that 'this' be a String
// expect: TypeError String.prototype.valueOf requires that 'this' be a String
// expect: TypeError String.prototype.toString requires that 'this' be a String
// expect: TypeError String.prototype.valueOf requires that 'this' be a String
// expect: TypeError String.prototype.toString requires that 'this' be a String
// expect: TypeError String.prototype.valueOf requires that 'this' be a String
// expect: TypeError String.prototype.toString requires that 'this' be a String
// expect: TypeError String.prototype.valueOf requires that 'this' be a String
// expect: object 7 WRAPPED 0,1,2,3,4,5,6,length
// expect: w false true false
// expect: 3 b undefined 2 3
// expect: false toString
