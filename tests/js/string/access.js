// at, charAt, charCodeAt, codePointAt, indexOf, lastIndexOf, includes, startsWith, endsWith.
const s = 'hello world';
console.log(s.at(0), s.at(-1), s.at(100), s.at(-100), s.at(1.7), s.at('2'), s.at(NaN), s.at());
console.log(s.charAt(4), JSON.stringify(s.charAt(99)), JSON.stringify(s.charAt(-1)), s.charAt(), s.charAt(Infinity) === '');
console.log(s.charCodeAt(0), s.charCodeAt(99), s.charCodeAt(-1), s.charCodeAt());
console.log('😀'.codePointAt(0), '😀'.codePointAt(1), 'a'.codePointAt(1), '\ud800'.codePointAt(0), '\ud800a'.codePointAt(0));
console.log(s.indexOf('o'), s.indexOf('o', 5), s.indexOf('o', -5), s.indexOf('z'), s.indexOf(''), s.indexOf('', 99), s.indexOf());
console.log('undefined'.indexOf(), 'nullnull'.indexOf(null, 1));
console.log(s.lastIndexOf('o'), s.lastIndexOf('o', 5), s.lastIndexOf('o', -5), s.lastIndexOf(''), s.lastIndexOf('', 3), s.lastIndexOf('h', NaN), s.lastIndexOf('l', 2.9));
console.log('canal'.lastIndexOf('a'), 'canal'.lastIndexOf('a', 2), 'canal'.lastIndexOf('a', 0), 'canal'.lastIndexOf('x'), 'canal'.lastIndexOf('c', -5), 'canal'.lastIndexOf('c', 0));
console.log(s.includes('world'), s.includes('world', 7), s.includes(''), s.includes('', 100), s.includes());
console.log(s.startsWith('hello'), s.startsWith('world', 6), s.startsWith('', 100), s.startsWith('h', -5), s.startsWith('hello world!'));
console.log(s.endsWith('world'), s.endsWith('hello', 5), s.endsWith('', -1), s.endsWith('o', 99), s.endsWith('hello', -1));
// IsRegExp: an object whose Symbol.match is truthy counts as a regular expression.
for (const m of ['includes', 'startsWith', 'endsWith']) {
  try { 'a'[m]({ [Symbol.match]: true }); } catch (e) { console.log(e.constructor.name, e.message); }
}
console.log('abc'.includes({ [Symbol.match]: false, toString() { return 'b'; } }));
try { 'abc'.includes({ [Symbol.match]: 1 }); } catch (e) { console.log(e.message); }
console.log(String.prototype.indexOf.call(12345, 3), String.prototype.at.call(true, 0));
for (const m of ['at', 'charAt', 'charCodeAt', 'codePointAt', 'indexOf', 'lastIndexOf', 'includes', 'startsWith', 'endsWith']) {
  try { String.prototype[m].call(null); } catch (e) { console.log(e.constructor.name, e.message); }
}
const order = [];
const pos = { valueOf() { order.push('pos'); return 1; } };
const search = { toString() { order.push('search'); return 'l'; } };
'hello'.indexOf(search, pos);
console.log(order.join());

// expect: h d undefined undefined e l h h
// expect: o "" "" h true
// expect: 104 NaN NaN 104
// expect: 128512 56832 undefined 55296 55296
// expect: 4 7 4 -1 0 11 -1
// expect: 0 4
// expect: 7 4 -1 11 3 0 2
// expect: 3 1 -1 -1 0 0
// expect: true false true true false
// expect: true true true true false
// expect: true true true false false
// expect: TypeError First argument to String.prototype.includes must not be a regular expression
// expect: TypeError First argument to String.prototype.startsWith must not be a regular expression
// expect: TypeError First argument to String.prototype.endsWith must not be a regular expression
// expect: true
// expect: First argument to String.prototype.includes must not be a regular expression
// expect: 2 t
// expect: TypeError String.prototype.at called on null or undefined
// expect: TypeError String.prototype.charAt called on null or undefined
// expect: TypeError String.prototype.charCodeAt called on null or undefined
// expect: TypeError String.prototype.codePointAt called on null or undefined
// expect: TypeError String.prototype.indexOf called on null or undefined
// expect: TypeError String.prototype.lastIndexOf called on null or undefined
// expect: TypeError String.prototype.includes called on null or undefined
// expect: TypeError String.prototype.startsWith called on null or undefined
// expect: TypeError String.prototype.endsWith called on null or undefined
// expect: search,pos
