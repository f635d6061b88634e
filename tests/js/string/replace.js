// replace and replaceAll with string patterns, $-patterns and function replacers.
const s = 'abcabc';
console.log(s.replace('b', 'X'), s.replaceAll('b', 'X'), s.replace('z', 'X'), s.replaceAll('z', 'X'));
console.log(s.replace('b', '[$$|$&|$`|$\'|$0|$1|$01|$<x>|$|$a]'));
console.log(s.replaceAll('bc', '<$&$&>'), s.replaceAll('c', "$'"), s.replaceAll('a', '$`'));
console.log('x'.replace('', '_'), 'xyz'.replaceAll('', '_'), ''.replace('', 'E'), ''.replaceAll('', 'E'));
console.log('aaaa'.replaceAll('aa', 'b'), 'aaa'.replaceAll('aa', 'b'));
console.log(s.replace('b', (m, p, str) => `(${m},${p},${str})`));
console.log(s.replaceAll('b', (...args) => JSON.stringify(args)));
console.log(s.replace('b', () => 42), s.replace('b', () => undefined), s.replace('b', {}), s.replace('b'), s.replace());
console.log('null undefined'.replace(null, 'N').replace(undefined, 'U'));
console.log('$1,$2'.replace('$1', '$$'), 'a.b.c'.replaceAll('.', '$&$&'));
const calls = [];
const fake = { [Symbol.replace](str, rep) { calls.push(str, rep); return 'custom'; } };
console.log('abc'.replace(fake, 'r'), 'abc'.replaceAll(fake, 'q'), calls.join());
console.log('a1b'.replace(1, 'x'), 'a1b1'.replaceAll(1, 'x'));
const notGlobal = { [Symbol.match]: true, flags: 'i', [Symbol.replace]() { return 'r'; } };
try { 'a'.replaceAll(notGlobal, ''); } catch (e) { console.log(e.constructor.name, e.message); }
const global = { [Symbol.match]: true, flags: 'g', [Symbol.replace]() { return 'global replacer'; } };
console.log('a'.replaceAll(global, ''));
try { 'a'.replaceAll({ [Symbol.match]: true, flags: null }, ''); } catch (e) { console.log(e.constructor.name, e.message); }
try { 'a'.replace({ [Symbol.replace]: 5 }, ''); } catch (e) { console.log(e.constructor.name, e.message); }
try { String.prototype.replace.call(null, 'a', 'b'); } catch (e) { console.log(e.constructor.name, e.message); }
try { String.prototype.replaceAll.call(undefined, 'a', 'b'); } catch (e) { console.log(e.constructor.name, e.message); }
const order = [];
'abc'.replace({ toString() { order.push('search'); return 'b'; } }, { toString() { order.push('replace'); return 'B'; } });
console.log(order.join());

// expect: aXcabc aXcaXc abcabc abcabc
// expect: a[$|b|a|cabc|$0|$1|$01|$<x>|$|$a]cabc
// expect: a<bcbc>a<bcbc> ababcab bcabcbc
// expect: _x _x_y_z_ E E
// expect: bb ba
// expect: a(b,1,abcabc)cabc
// expect: a["b",1,"abcabc"]ca["b",4,"abcabc"]c
// expect: a42cabc aundefinedcabc a[object Object]cabc aundefinedcabc abcabc
// expect: N U
// expect: $,$2 a..b..c
// expect: custom custom abc,r,abc,q
// expect: axb axbx
// expect: TypeError String.prototype.replaceAll called with a non-global RegExp argument
// expect: global replacer
// expect: TypeError String.prototype.replaceAll called on null or undefined
// expect: TypeError number 5 is not a function
// expect: TypeError String.prototype.replace called on null or undefined
// expect: TypeError String.prototype.replaceAll called on null or undefined
// expect: search,replace
