// The String constructor, String.raw, fromCharCode, fromCodePoint.
console.log(String(), String(1.5), String(-0), String(null), String(undefined), String(true), String(12n));
console.log(String(Symbol('desc')), String(Symbol()), String([1, [2, 3]]), String({}));
const s = new String('abc');
console.log(typeof s, s.length, s[1], s instanceof String, Object.keys(s).join());
console.log(Object.prototype.toString.call(s), s + 'd', s == 'abc', s === 'abc');
try { new String(Symbol('x')); } catch (e) { console.log(e.constructor.name, e.message); }
try { '' + Symbol('x'); } catch (e) { console.log(e.constructor.name, e.message); }
class MyString extends String { shout() { return this.toUpperCase() + '!'; } }
const ms = new MyString('hey');
console.log(ms.shout(), ms.length, ms instanceof String, Object.getPrototypeOf(ms) === MyString.prototype);
console.log(String.length, String.name, String.prototype.length, String.prototype.valueOf());
console.log(Object.prototype.toString.call(String.prototype));
console.log(String.fromCharCode(72, 105, 0x1F600, -1, 65.9, '66'));
console.log(String.fromCharCode(), String.fromCharCode.length);
console.log(String.fromCodePoint(72, 0x1F600, 0x10FFFF).length, String.fromCodePoint(0x1F600) === '😀');
for (const bad of [NaN, -1, 1.5, 0x110000, 'a', Infinity, {}, undefined]) {
  try { String.fromCodePoint(bad); } catch (e) { console.log(e.constructor.name, e.message); }
}
console.log(String.raw`a\nb${1 + 1}c\t${'x'}`);
console.log(String.raw({ raw: ['x', 'y', 'z'] }, 1, 2, 3, 4));
console.log(String.raw({ raw: 'abc' }, '-', '+'), JSON.stringify(String.raw({ raw: [] })));
console.log(String.raw({ raw: { length: 2, 0: 'p', 1: 'q' } }, 9));
try { String.raw(); } catch (e) { console.log(e.constructor.name, e.message); }
try { String.raw({}); } catch (e) { console.log(e.constructor.name, e.message); }
const props = Object.getOwnPropertyNames(String.prototype);
console.log(props.length, props.join(','));
console.log(String.prototype.trimLeft === String.prototype.trimStart, String.prototype.trimRight === String.prototype.trimEnd);
console.log(String.prototype.trimLeft.name, String.prototype.trimRight.name, String.prototype[Symbol.iterator].name);
const d = Object.getOwnPropertyDescriptor(String.prototype, 'charAt');
console.log(d.writable, d.enumerable, d.configurable, String.prototype.charAt.length);
console.log(Object.getOwnPropertyNames(String).join(','));

// expect:  1.5 0 null undefined true 12
// expect: Symbol(desc) Symbol() 1,2,3 [object Object]
// expect: object 3 b true 0,1,2
// expect: [object String] abcd true false
// expect: TypeError Cannot convert a Symbol value to a string
// expect: TypeError Cannot convert a Symbol value to a string
// expect: HEY! 3 true true
// expect: 1 String 0 
// expect: [object String]
// expect: Hi￿AB
// expect:  1
// expect: 5 true
// expect: RangeError Invalid code point NaN
// expect: RangeError Invalid code point -1
// expect: RangeError Invalid code point 1.5
// expect: RangeError Invalid code point 1114112
// expect: RangeError Invalid code point NaN
// expect: RangeError Invalid code point Infinity
// expect: RangeError Invalid code point NaN
// expect: RangeError Invalid code point NaN
// expect: a\nb2c\tx
// expect: x1y2z
// expect: a-b+c ""
// expect: p9q
// expect: TypeError Cannot convert undefined or null to object
// expect: TypeError Cannot convert undefined or null to object
// expect: 52 length,constructor,anchor,at,big,blink,bold,charAt,charCodeAt,codePointAt,concat,endsWith,fontcolor,fontsize,fixed,includes,indexOf,isWellFormed,italics,lastIndexOf,link,localeCompare,match,matchAll,normalize,padEnd,padStart,repeat,replace,replaceAll,search,slice,small,split,strike,sub,substr,substring,sup,startsWith,toString,toWellFormed,trim,trimStart,trimLeft,trimEnd,trimRight,toLocaleLowerCase,toLocaleUpperCase,toLowerCase,toUpperCase,valueOf
// expect: true true
// expect: trimStart trimEnd [Symbol.iterator]
// expect: true false true 1
// expect: length,name,prototype,fromCharCode,fromCodePoint,raw
