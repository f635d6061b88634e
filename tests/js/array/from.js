// Array.from: iterables, array-likes, mapFn and thisArg, subclass constructors.
function t(f) { try { console.log(f()) } catch (e) { console.log(e.constructor.name + ': ' + e.message) } }
t(() => Array.from({length: 3}));
t(() => Array.from([1, , 3]));
t(() => Array.from({length: 3}, (v, i) => i * 2));
t(() => Array.from('a\u{1F600}b'));
t(() => Array.from('ab', function (c, i) { return this.p + c + i }, {p: '>'}));
t(() => Array.from({[Symbol.iterator]() { let i = 0; return {next() { return {done: i >= 3, value: i++} }} }}));
t(() => Array.from([1, 2].entries()).join('|'));
t(() => Array.from({length: '2', 0: 'z'}).join('|'));
t(() => Array.from(5).length + ' ' + Array.from(true).length + ' ' + Array.from({}).length);
t(() => Array.from.call(undefined, [1]).length);
t(() => Array.from([1, 2], undefined).join());
t(() => Array.from([1], null));
t(() => Array.from([1], 5));
t(() => Array.from({length: 1}, {}));
t(() => Array.from(undefined));
t(() => Array.from(null));
t(() => Array.from({[Symbol.iterator]: 1}));
t(() => Array.from({length: 2 ** 32}));
t(() => Array.from({length: -1}).length);
t(() => Array.from.call(function (n) { this.n = n }, [1, 2]));
t(() => JSON.stringify(Array.from.call(function (n) { this.n = n }, {length: 2, 0: 'a'})));
t(() => { class MyA extends Array {} const m = MyA.from([1, 2]); return (m instanceof MyA) + ' ' + m.length + ' ' + Array.isArray(m) });
t(() => { class MyA extends Array {} const m = MyA.from({length: 2, 1: 'b'}); return (m instanceof MyA) + ' ' + m.join('-') });
// The iterator is closed when the map function or the definition throws.
t(() => {
  let closed = false;
  const iterable = {[Symbol.iterator]() { return {next() { return {done: false, value: 1} }, return() { closed = true; return {} }} }};
  try { Array.from(iterable, () => { throw new Error('m') }) } catch (e) { return e.message + ' ' + closed }
});
t(() => {
  let closed = false;
  const iterable = {[Symbol.iterator]() { return {next() { return {done: false, value: 1} }, return() { closed = true; return {} }} }};
  function Frozen() { return Object.freeze({}) }
  try { Array.from.call(Frozen, iterable) } catch (e) { return e.message + ' ' + closed }
});
// Reading the live array: elements pushed by the map function are visited.
t(() => { const a = [1, 2]; return Array.from(a, (x, i) => { if (i === 0) a.push(3); return x * 10 }).join() });
t(() => { const a = [1, 2, 3]; return Array.from(a, (x, i) => { if (i === 0) a.length = 1; return x }).join() });
// A patched Array.prototype[Symbol.iterator] is honoured.
t(() => {
  const saved = Array.prototype[Symbol.iterator];
  Array.prototype[Symbol.iterator] = function* () { yield 'patched' };
  try { return Array.from([1, 2]).join() } finally { Array.prototype[Symbol.iterator] = saved }
});
t(() => {
  const AIP = Object.getPrototypeOf([].values());
  const saved = AIP.next;
  let n = 0;
  AIP.next = function () { n++; return saved.call(this) };
  try { return Array.from([1, 2, 3]).join() + ' next calls: ' + n } finally { AIP.next = saved }
});

Object.prototype.return = function () { console.log('return called', typeof this, this.next === Array.prototype.values.call([]).next); return {} };
try { Array.from([1, 2, 3], (x) => { if (x === 2) throw new Error('stop'); return x }) } catch (e) { console.log(e.message) }
try { Array.from('abc', (x) => { if (x === 'b') throw new Error('stop2'); return x }) } catch (e) { console.log(e.message) }
delete Object.prototype.return;
console.log(Array.from('a\u{1F600}', (c, i) => c.length + ':' + i).join());

// expect: [ undefined, undefined, undefined ]
// expect: [ 1, undefined, 3 ]
// expect: [ 0, 2, 4 ]
// expect: [ 'a', '😀', 'b' ]
// expect: [ '>a0', '>b1' ]
// expect: [ 0, 1, 2 ]
// expect: 0,1|1,2
// expect: z|
// expect: 0 0 0
// expect: 1
// expect: 1,2
// expect: TypeError: null is not a function
// expect: TypeError: 5 is not a function
// expect: TypeError: #<Object> is not a function
// expect: TypeError: undefined is not iterable (cannot read property Symbol(Symbol.iterator))
// expect: TypeError: object null is not iterable (cannot read property Symbol(Symbol.iterator))
// expect: TypeError: %Array%.from requires that the property of the first argument, items[Symbol.iterator], when exists, be a function
// expect: RangeError: Invalid array length
// expect: 0
// expect: { '0': 1, '1': 2, n: undefined, length: 2 }
// expect: {"0":"a","n":2,"length":2}
// expect: true 2 true
// expect: true -b
// expect: m true
// expect: Cannot define property 0, object is not extensible true
// expect: 10,20,30
// expect: 1
// expect: patched
// expect: 1,2,3 next calls: 4
// expect: return called object true
// expect: stop
// expect: return called object false
// expect: stop2
// expect: 1:0,2:1
