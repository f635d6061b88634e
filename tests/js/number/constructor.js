// The Number constructor, constants and statics.
console.log(Number(), Number('0x10'), Number('0b101'), Number('0o17'), Number(' 12 '), Number('1_0'), Number('-0x10'), Number(''), Number('\n'));
console.log(Number(10n), Number(-(2n ** 64n)), Number(2n ** 1024n), Number(-(2n ** 1024n)), Number(2n ** 53n + 1n));
console.log(Number(null), Number(undefined), Number(true), Number([]), Number([7]), Number([1, 2]), Number({}), Number('1e1000'), Number('-Infinity'), Number('infinity'));
console.log(Object.is(Number('-0'), -0), Number('.5'), Number('5.'), Number('.'), Number('+.5e1'), Number('1e'), Number('0x'), Number('00012'), Number('0.0000001'));
try { Number(Symbol()); } catch (e) { console.log(e.constructor.name, e.message); }
const n = new Number(5);
console.log(typeof n, n + 1, n instanceof Number, Object.prototype.toString.call(n), new Number(7n) + 0);
class MyNumber extends Number { double() { return this * 2; } }
console.log(new MyNumber(21).double(), new MyNumber(3) instanceof Number);
console.log(Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, Number.EPSILON, Number.MAX_VALUE, Number.MIN_VALUE);
console.log(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.EPSILON === 2 ** -52);
const d = Object.getOwnPropertyDescriptor(Number, 'EPSILON');
console.log(d.writable, d.enumerable, d.configurable);
console.log(Number.isFinite(1), Number.isFinite('1'), Number.isFinite(Infinity), Number.isFinite(NaN), Number.isFinite(1n));
console.log(Number.isInteger(5), Number.isInteger(5.0), Number.isInteger(5.5), Number.isInteger('5'), Number.isInteger(Infinity), Number.isInteger(-0), Number.isInteger(2 ** 60));
console.log(Number.isNaN(NaN), Number.isNaN('NaN'), Number.isNaN(undefined), Number.isNaN(0 / 0));
console.log(Number.isSafeInteger(2 ** 53 - 1), Number.isSafeInteger(2 ** 53), Number.isSafeInteger(-(2 ** 53 - 1)), Number.isSafeInteger(1.5), Number.isSafeInteger('1'));
console.log(Number.parseInt === parseInt, Number.parseFloat === parseFloat, Number.parseInt('42px'), Number.parseFloat('3.14abc'));
console.log(Number.length, Number.name, Object.getOwnPropertyNames(Number).join());
console.log(Object.getOwnPropertyNames(Number.prototype).join());
console.log(Number.prototype.valueOf(), Object.prototype.toString.call(Number.prototype), Number.prototype + 1);
console.log(Number.prototype.toFixed.length, Number.prototype.toString.length, Number.prototype.toLocaleString.length, Number.prototype.toPrecision.name);

// expect: 0 16 5 15 12 NaN NaN 0 0
// expect: 10 -18446744073709552000 Infinity -Infinity 9007199254740992
// expect: 0 NaN 1 0 7 NaN NaN Infinity -Infinity NaN
// expect: true 0.5 5 NaN 5 NaN NaN 12 1e-7
// expect: TypeError Cannot convert a Symbol value to a number
// expect: object 6 true [object Number] 7
// expect: 42 true
// expect: 9007199254740991 -9007199254740991 2.220446049250313e-16 1.7976931348623157e+308 5e-324
// expect: NaN Infinity -Infinity true
// expect: false false false
// expect: true false false false false
// expect: true true false false false true true
// expect: true false false true
// expect: true false true false false
// expect: true true 42 3.14
// expect: 1 Number length,name,prototype,isFinite,isInteger,isNaN,isSafeInteger,parseFloat,parseInt,MAX_VALUE,MIN_VALUE,NaN,NEGATIVE_INFINITY,POSITIVE_INFINITY,MAX_SAFE_INTEGER,MIN_SAFE_INTEGER,EPSILON
// expect: constructor,toExponential,toFixed,toPrecision,toString,valueOf,toLocaleString
// expect: 0 [object Number] 1
// expect: 1 1 0 toPrecision
