// NaN, Infinity, undefined; isNaN and isFinite.
for (const k of ['NaN', 'Infinity', 'undefined']) {
  const d = Object.getOwnPropertyDescriptor(globalThis, k);
  console.log(k, String(d.value), d.writable, d.enumerable, d.configurable);
}
NaN = 1; Infinity = 2; undefined = 3;
console.log(NaN, Infinity, undefined);
(function () {
  'use strict';
  try { NaN = 1; } catch (e) { console.log(e.constructor.name, e.message); }
  try { undefined = 1; } catch (e) { console.log(e.constructor.name, e.message); }
})();
console.log(delete globalThis.NaN, typeof NaN);
console.log(isNaN(NaN), isNaN('x'), isNaN('12'), isNaN(undefined), isNaN(null), isNaN({}), isNaN([]), isNaN(' '), isNaN(0 / 0));
console.log(isFinite(12), isFinite('12'), isFinite(Infinity), isFinite(-Infinity), isFinite(NaN), isFinite(null), isFinite('1e400'));
try { isNaN(1n); } catch (e) { console.log(e.constructor.name, e.message); }
try { isFinite(Symbol()); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(isNaN.length, isFinite.name, Object.keys(globalThis).includes('parseInt'));

// expect: NaN NaN false false false
// expect: Infinity Infinity false false false
// expect: undefined undefined false false false
// expect: NaN Infinity undefined
// expect: TypeError Cannot assign to read only property 'NaN' of object '#<Object>'
// expect: TypeError Cannot assign to read only property 'undefined' of object '#<Object>'
// expect: false number
// expect: true true false true false true false false true
// expect: true true false false false true false
// expect: TypeError Cannot convert a BigInt value to a number
// expect: TypeError Cannot convert a Symbol value to a number
// expect: 1 isFinite false
