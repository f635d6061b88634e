console.log(NaN === NaN, Number.isNaN(NaN), isNaN("abc"), Number.isNaN("abc"));
console.log(Object.is(NaN, 0 / 0), [NaN].indexOf(NaN), [NaN].includes(NaN));
console.log(1 / 0, -1 / 0, Infinity - Infinity, Infinity * 0, Infinity / Infinity);
console.log(Number.isFinite(1e308), Number.isFinite(1e309), isFinite("12"), Number.isFinite("12"));
console.log(Number.isInteger(5.0), Number.isInteger(5.5), Number.isSafeInteger(2 ** 53), Number.isSafeInteger(2 ** 53 - 1));
console.log(Math.sign(-0), 1 / Math.sign(-0), Math.max(), Math.min(), Math.max(NaN, 1), Math.min(-0, 0) === 0);
console.log(Object.is(Math.min(0, -0), -0), Object.is(Math.max(-0, 0), 0));
console.log(Number.MAX_SAFE_INTEGER + 1 === Number.MAX_SAFE_INTEGER + 2);
console.log(0.1 + 0.2 === 0.3, Math.abs(0.1 + 0.2 - 0.3) < Number.EPSILON);
console.log(Math.round(2.5), Math.round(-2.5), Math.round(-0.5), Math.round(0.49999999999999994));
console.log(Math.floor(-0.5), Math.ceil(-0.5), Math.trunc(-0.5), Math.trunc(4.7));
console.log((0.1).toFixed(20), 2 ** -1074, 2 ** -1075);

// expect: false true true false
// expect: true -1 true
// expect: Infinity -Infinity NaN NaN NaN
// expect: true false true false
// expect: true false false true
// expect: -0 -Infinity -Infinity Infinity NaN true
// expect: true true
// expect: true
// expect: false true
// expect: 3 -2 -0 0
// expect: -1 -0 -0 4
// expect: 0.10000000000000000555 5e-324 0
