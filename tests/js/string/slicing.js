// slice, substring, substr, concat, repeat, padStart, padEnd, trim*.
const s = 'abcdefgh';
console.log(s.slice(2), s.slice(2, 5), s.slice(-3), s.slice(-3, -1), s.slice(5, 2), s.slice(), s.slice(-100, 100), s.slice(NaN, 3), s.slice(2, undefined), s.slice(0, -Infinity), s.slice(-Infinity));
console.log(s.substring(2, 5), s.substring(5, 2), s.substring(-3), s.substring(3, -1), s.substring(NaN, 2), s.substring(1, Infinity), s.substring());
console.log(s.substr(2, 3), s.substr(-3, 2), s.substr(-100, 2), s.substr(3), s.substr(3, -1), JSON.stringify(s.substr(100)), s.substr(1, Infinity), s.substr(-Infinity, 2));
console.log('a'.concat('b', 1, null, undefined, [2, 3], {}), ''.concat(), String.prototype.concat.length);
console.log('ab'.repeat(3), JSON.stringify('ab'.repeat(0)), JSON.stringify(''.repeat(100)), 'x'.repeat(2.9), 'x'.repeat('3'), JSON.stringify('x'.repeat(NaN)), JSON.stringify('x'.repeat(-0.5)));
for (const n of [-1, Infinity, -Infinity, -1.5, '-3']) {
  try { 'a'.repeat(n); } catch (e) { console.log(e.constructor.name, e.message); }
}
try { 'ab'.repeat(2 ** 28); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(JSON.stringify(''.repeat(2 ** 40)));
console.log('5'.padStart(3, '0'), 'abc'.padStart(10, '123'), 'abc'.padStart(6), 'abc'.padStart(2), 'abc'.padStart(6, ''), 'abc'.padStart(5, undefined) + '|');
console.log('5'.padEnd(3, '0'), 'abc'.padEnd(10, '123'), 'abc'.padEnd(6) + '|', 'abc'.padEnd(NaN), 'abc'.padEnd(-5, 'x'), 'abc'.padEnd(5, null));
try { 'a'.padStart(2 ** 31); } catch (e) { console.log(e.constructor.name, e.message); }
console.log('a'.padStart(2 ** 40, ''));
const ws = ' \t\n\v\f\r\u00a0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
console.log(JSON.stringify((ws + 'x y' + ws).trim()), JSON.stringify((ws + 'x').trimStart()), JSON.stringify(('x' + ws).trimEnd()));
console.log(JSON.stringify('\u200bx\u200b'.trim()), JSON.stringify('\u180ex'.trim()));
console.log(JSON.stringify('  x  '.trimLeft()), JSON.stringify('  x  '.trimRight()));
for (const m of ['trim', 'trimStart', 'trimEnd', 'trimLeft', 'trimRight', 'slice', 'substring', 'substr', 'concat', 'repeat', 'padStart', 'padEnd']) {
  try { String.prototype[m].call(undefined); } catch (e) { console.log(e.constructor.name, e.message); }
}
console.log(String.prototype.slice.call(123456, 1, 3), String.prototype.trim.call({ toString() { return '  z '; } }));

// expect: cdefgh cde fgh fg  abcdefgh abcdefgh abc cdefgh  abcdefgh
// expect: cde cde abcdefgh abc ab bcdefgh abcdefgh
// expect: cde fg ab defgh  "" bcdefgh ab
// expect: ab1nullundefined2,3[object Object]  1
// expect: ababab "" "" xx xxx "" ""
// expect: RangeError Invalid count value: -1
// expect: RangeError Invalid count value: Infinity
// expect: RangeError Invalid count value: -Infinity
// expect: RangeError Invalid count value: -1.5
// expect: RangeError Invalid count value: -3
// expect: RangeError Invalid string length
// expect: ""
// expect: 005 1231231abc    abc abc abc   abc|
// expect: 500 abc1231231 abc   | abc abc abcnu
// expect: RangeError Invalid string length
// expect: a
// expect: "x y" "x" "x"
// expect: "​x​" "᠎x"
// expect: "x  " "  x"
// expect: TypeError String.prototype.trim called on null or undefined
// expect: TypeError String.prototype.trimLeft called on null or undefined
// expect: TypeError String.prototype.trimRight called on null or undefined
// expect: TypeError String.prototype.trimLeft called on null or undefined
// expect: TypeError String.prototype.trimRight called on null or undefined
// expect: TypeError String.prototype.slice called on null or undefined
// expect: TypeError String.prototype.substring called on null or undefined
// expect: TypeError String.prototype.substr called on null or undefined
// expect: TypeError String.prototype.concat called on null or undefined
// expect: TypeError String.prototype.repeat called on null or undefined
// expect: TypeError String.prototype.padStart called on null or undefined
// expect: TypeError String.prototype.padEnd called on null or undefined
// expect: 23 z
