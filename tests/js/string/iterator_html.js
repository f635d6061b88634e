// String.prototype[Symbol.iterator] (by code point), %StringIteratorPrototype%, Annex B HTML methods.
console.log([...'a😀b\ud800c'].length, [...'a😀b'], Array.from('xyz'));
const it = 'a😀'[Symbol.iterator]();
console.log(Object.prototype.toString.call(it), it[Symbol.iterator]() === it);
console.log(JSON.stringify(it.next()), JSON.stringify(it.next()), JSON.stringify(it.next()), JSON.stringify(it.next()));
const proto = Object.getPrototypeOf(it);
console.log(Object.getOwnPropertyNames(proto).join(), proto[Symbol.toStringTag], proto.next.length, proto.next.name);
console.log(Object.getPrototypeOf(proto) === Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
for (const bad of ['abc', 1, undefined, [], {}, new (class Foo {})()]) {
  try { it.next.call(bad); } catch (e) { console.log(e.constructor.name, e.message); }
}
try { String.prototype[Symbol.iterator].call(null); } catch (e) { console.log(e.constructor.name, e.message); }
console.log([...String.prototype[Symbol.iterator].call(123)].join('|'));
let seen = '';
for (const ch of 'h😀i') seen += '[' + ch + ']';
console.log(seen);
String.prototype[Symbol.iterator] = function () { let done = false; return { next() { const r = { value: 'patched', done }; done = true; return r; } }; };
console.log([...'abc']);
console.log('x'.anchor('a"b'), 'x'.big(), 'x'.blink(), 'x'.bold(), 'x'.fixed(), 'x'.fontcolor('red'), 'x'.fontsize(7));
console.log('x'.italics(), 'x'.link('http://a/"q"'), 'x'.small(), 'x'.strike(), 'x'.sub(), 'x'.sup(), 'x'.anchor());
console.log(String.prototype.bold.call(42), String.prototype.anchor.length, String.prototype.big.length);
try { String.prototype.bold.call(null); } catch (e) { console.log(e.constructor.name, e.message); }

// expect: 5 [ 'a', '😀', 'b' ] [ 'x', 'y', 'z' ]
// expect: [object String Iterator] true
// expect: {"value":"a","done":false} {"value":"😀","done":false} {"done":true} {"done":true}
// expect: next String Iterator 0 next
// expect: true
// expect: TypeError Method String Iterator.prototype.next called on incompatible receiver abc
// expect: TypeError Method String Iterator.prototype.next called on incompatible receiver 1
// expect: TypeError Method String Iterator.prototype.next called on incompatible receiver undefined
// expect: TypeError Method String Iterator.prototype.next called on incompatible receiver [object Array]
// expect: TypeError Method String Iterator.prototype.next called on incompatible receiver #<Object>
// expect: TypeError Method String Iterator.prototype.next called on incompatible receiver #<Foo>
// expect: TypeError String.prototype[Symbol.iterator] called on null or undefined
// expect: 1|2|3
// expect: [h][😀][i]
// expect: [ 'patched' ]
// expect: <a name="a&quot;b">x</a> <big>x</big> <blink>x</blink> <b>x</b> <tt>x</tt> <font color="red">x</font> <font size="7">x</font>
// expect: <i>x</i> <a href="http://a/&quot;q&quot;">x</a> <small>x</small> <strike>x</strike> <sub>x</sub> <sup>x</sup> <a name="undefined">x</a>
// expect: <b>42</b> 1 0
// expect: TypeError String.prototype.bold called on null or undefined
