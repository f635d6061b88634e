// round, max/min, pow, hypot, atan2, imul, clz32, fround, sign, trunc edge cases; Math's properties.
const show = x => Object.is(x, -0) ? '-0' : String(x);
console.log([-0.5, 0.5, 2.5, -2.5, 1.5, -1.5, 0.49999999999999994, -0.49999999999999994, 4503599627370495.5, -4503599627370495.5, -0, -0.2, 1e300].map(x => show(Math.round(x))).join(' '));
console.log(show(Math.max()), show(Math.min()), show(Math.max(-0, 0)), show(Math.max(0, -0)), show(Math.min(0, -0)), show(Math.min(-0, 0)), Math.max(1, NaN, 3), Math.min(NaN), Math.max('7', [8]), Math.min(null, 1));
const order = [];
const v = n => ({ valueOf() { order.push(n); return n; } });
console.log(Math.max(v(1), NaN, v(2)), order.join());
console.log([[2, 10], [2, -1], [0, -1], [-0, -1], [-0, -3], [-8, 1 / 3], [1, Infinity], [-1, -Infinity], [NaN, 0], [0, 0], [1.1, 3], [10, 308], [10, 309], [2, 0.5], [-Infinity, 3], [-Infinity, -3], [4, 0.5], [1.0000001, 1e9]].map(([a, b]) => show(Math.pow(a, b)) + '/' + show(a ** b)).join(' '));
console.log(Math.hypot(), Math.hypot(3, 4), Math.hypot(3, 4, 12), Math.hypot(NaN, Infinity), Math.hypot(NaN, 1), show(Math.hypot(-0)), Math.hypot(1e200, 1e200), Math.hypot(0.1, 0.2, 0.3), Math.hypot(-5), Math.hypot('3', '4'));
console.log([[0, -0], [-0, -0], [0, 0], [-0, 0], [1, 0], [1, -0], [0, -1], [-0, -1], [Infinity, Infinity], [-Infinity, -Infinity], [1, Infinity], [1, -Infinity], [-1, -Infinity], [Infinity, 1], [NaN, 1], [1, 2], [-1, -2]].map(([y, x]) => show(Math.atan2(y, x))).join(' '));
console.log(Math.imul(3, 4), Math.imul(-5, 12), Math.imul(0xffffffff, 5), Math.imul(0x7fffffff, 2), Math.imul(2 ** 32 + 3, 2), Math.imul('3', 2.9), Math.imul());
console.log(Math.clz32(0), Math.clz32(1), Math.clz32(-1), Math.clz32(0.5), Math.clz32(2 ** 32), Math.clz32(NaN), Math.clz32(1000), Math.clz32(Infinity));
console.log(Math.fround(5.5), Math.fround(5.05), Math.fround(2 ** 128), Math.fround(-(2 ** 128)), Math.fround(3.4028235677973366e38), Math.fround(3.4028234663852886e38), Math.fround(1e-46), show(Math.fround(-1e-46)), Math.fround(1.401298464324817e-45), Math.fround(NaN));
console.log([3, -3, 0, -0, NaN, Infinity, '-2'].map(x => show(Math.sign(x))).join(' '), [4.7, -4.7, -0.3, 0.3, 1e21].map(x => show(Math.trunc(x))).join(' '));
console.log(show(Math.ceil(-0.5)), show(Math.floor(-0)), show(Math.floor(0.5)), Math.ceil(4.0000001), Math.floor(-4.0000001), show(Math.sqrt(-0)), Math.sqrt(-1), Math.sqrt(2), Math.abs(-'5'), Math.abs(null), Math.abs());
console.log(Math.E, Math.LN10, Math.LN2, Math.LOG10E, Math.LOG2E, Math.PI, Math.SQRT1_2, Math.SQRT2);
const d = Object.getOwnPropertyDescriptor(Math, 'PI');
console.log(d.writable, d.enumerable, d.configurable, Object.prototype.toString.call(Math), String(Math), typeof Math);
console.log(Reflect.ownKeys(Math).map(String).join());
console.log(Math.max.length, Math.hypot.length, Math.random.length, Math.atan2.length, Math.abs.name);
let ok = true;
for (let i = 0; i < 1000; i++) { const r = Math.random(); if (!(r >= 0 && r < 1)) ok = false; }
console.log(ok, typeof Math.random());
try { Math.abs(Symbol()); } catch (e) { console.log(e.constructor.name, e.message); }
try { Math.max(1, 2n); } catch (e) { console.log(e.constructor.name, e.message); }
try { new Math.max(); } catch (e) { console.log(e.constructor.name, e.message); }

// expect: -0 1 3 -2 2 -1 0 -0 4503599627370496 -4503599627370495 -0 -0 1e+300
// expect: -Infinity Infinity 0 0 -0 -0 NaN NaN 8 0
// expect: NaN 1,2
// expect: 1024/1024 0.5/0.5 Infinity/Infinity -Infinity/-Infinity -Infinity/-Infinity NaN/NaN NaN/NaN NaN/NaN 1/1 1/1 1.3310000000000004/1.3310000000000004 1e+308/1e+308 Infinity/Infinity 1.4142135623730951/1.4142135623730951 -Infinity/-Infinity -0/-0 2/2 2.6881038582144647e+43/2.6881038582144647e+43
// expect: 0 5 13 Infinity NaN 0 1.414213562373095e+200 0.37416573867739417 5 5
// expect: 3.141592653589793 -3.141592653589793 0 -0 1.5707963267948966 1.5707963267948966 3.141592653589793 -3.141592653589793 0.7853981633974483 -2.356194490192345 0 3.141592653589793 -3.141592653589793 1.5707963267948966 NaN 0.4636476090008061 -2.677945044588987
// expect: 12 -60 -5 -2 6 6 0
// expect: 32 31 0 32 32 32 22 32
// expect: 5.5 5.050000190734863 Infinity -Infinity Infinity 3.4028234663852886e+38 0 -0 1.401298464324817e-45 NaN
// expect: 1 -1 0 -0 NaN 1 -1 4 -4 -0 0 1e+21
// expect: -0 -0 0 5 -5 -0 NaN 1.4142135623730951 5 0 NaN
// expect: 2.718281828459045 2.302585092994046 0.6931471805599453 0.4342944819032518 1.4426950408889634 3.141592653589793 0.7071067811865476 1.4142135623730951
// expect: false false false [object Math] [object Math] object
// expect: abs,acos,acosh,asin,asinh,atan,atanh,atan2,ceil,cbrt,expm1,clz32,cos,cosh,exp,floor,fround,hypot,imul,log,log1p,log2,log10,max,min,pow,random,round,sign,sin,sinh,sqrt,tan,tanh,trunc,E,LN10,LN2,LOG10E,LOG2E,PI,SQRT1_2,SQRT2,Symbol(Symbol.toStringTag)
// expect: 2 2 0 2 abs
// expect: true number
// expect: TypeError Cannot convert a Symbol value to a number
// expect: TypeError Cannot convert a BigInt value to a number
// expect: TypeError Math.max is not a constructor
