// forEach, map, filter, some, every, find*, reduce*: callbacks, thisArg,
// holes, and arrays mutated while they are walked.
function t(f) { try { console.log(f()) } catch (e) { console.log(e.constructor.name + ': ' + e.message) } }
const show = JSON.stringify;
t(() => [1, 2, 3].map(x => x * 2).join());
t(() => show([1, , 3].map(x => x * 2)) + ' ' + (1 in [1, , 3].map(x => x)));
t(() => [1, 2, 3, 4].filter(x => x & 1).join());
t(() => [0, '', null, 'a', 1, NaN, {}].filter(x => x).length);
t(() => { const r = []; [1, , 3].forEach((x, i, a) => r.push(i + ':' + x + ':' + (a.length))); return r.join() });
t(() => [1, 2, 3].every(x => x > 0) + ' ' + [1, 2, 3].every(x => x > 1) + ' ' + [].every(x => false));
t(() => [1, 2, 3].some(x => x > 2) + ' ' + [1, 2, 3].some(x => x > 3) + ' ' + [].some(x => true));
t(() => [5, 12, 8, 130].find(x => x > 10) + ' ' + [5, 12, 8, 130].findIndex(x => x > 10) + ' ' + [5, 12, 8, 130].findLast(x => x > 10) + ' ' + [5, 12, 8, 130].findLastIndex(x => x > 10));
t(() => [1, 2].find(x => x > 5) + ' ' + [1, 2].findIndex(x => x > 5) + ' ' + [1, 2].findLast(x => x > 5) + ' ' + [1, 2].findLastIndex(x => x > 5));
t(() => [, 1, , 2].findLast(x => x === undefined) + ' ' + [, 1, , 2].findLastIndex(x => x === undefined) + ' ' + [, 1].find(x => true));
t(() => [3, 2, 1].reduce((a, b) => a + b) + ' ' + [[1], [2]].reduce((a, b) => a.concat(b), []).join() + ' ' + [1].reduce(x => 1) + ' ' + [, , 5].reduce((a, b) => a + b));
t(() => ['a', 'b', 'c'].reduceRight((a, b) => a + b) + ' ' + ['a', 'b'].reduceRight((a, b) => a + b, '>') + ' ' + [, 1].reduceRight(x => 2));
t(() => [].reduce((a, b) => a));
t(() => [].reduceRight((a, b) => a));
t(() => [, ,].reduce((a, b) => a));
t(() => [].reduce((a, b) => a, 'init'));
t(() => { const calls = []; [1, 2, 3].reduce(function (a, b, i, arr) { calls.push(typeof this + i + (arr.length)); return a }, 0); return calls.join() });
t(() => { const calls = []; [1, 2, 3].reduceRight((a, b, i) => { calls.push(a + '/' + b + '/' + i); return a + b }); return calls.join() });
// thisArg
t(() => [1].map(function () { return this.v }, {v: 'this'}).join());
t(() => [1].map(function () { 'use strict'; return this }, 5)[0] === 5);
t(() => [1].map(function () { 'use strict'; return this })[0]);
t(() => [1].filter(function () { return this === undefined }, undefined).length);
// Bad callbacks: checked after ToObject and the length read.
for (const v of [1, 'abc', {}, [], null, undefined, Symbol('x'), 1n, true, Object.create(null), [1, 2], {a: 1}, class Foo {}]) {
  t(() => [1].map(v));
}
for (const m of ['forEach', 'map', 'filter', 'every', 'some', 'reduce', 'reduceRight', 'find', 'findIndex', 'findLast', 'findLastIndex', 'flatMap']) {
  t(() => [1][m]({}));
  t(() => Array.prototype[m].call(null, () => 1));
  t(() => Array.prototype[m].call(undefined, () => 1));
}
t(() => { class Foo {} return [1].map(new Foo) });
t(() => { const o = {}; o[Symbol.toStringTag] = 'Tag'; return [1].map(o) });
t(() => [1].map({constructor: 5}));
t(() => [1].map({toString() { return 'x' }}));
t(() => [1].map(new Number(5)));
t(() => [1].map(new String('s')));
t(() => [1].map(-0));
t(() => [1].map(1e21));
t(() => [1].map(new Error('boom')));
t(() => [1].map(function named() {}.prototype));
// Mutation while walking: the length is read once, elements are read live.
t(() => { const log = []; const a = [1, 2, 3]; a.forEach((x, i, arr) => { log.push(x); if (i === 0) { arr.push(4); arr[2] = 'c' } }); return log.join() });
t(() => { const log = []; const a = [1, 2, 3, 4]; a.forEach((x, i, arr) => { log.push(x); if (i === 0) arr.length = 2 }); return log.join() });
t(() => { const log = []; const a = [1, 2, 3, 4]; a.forEach((x, i, arr) => { log.push(x); if (i === 0) Object.freeze(arr) }); return log.join() });
t(() => { const log = []; const a = [1, 2, 3, 4]; a.map((x, i, arr) => { log.push(x); if (i === 0) { delete arr[1]; arr.shift() } }); return log.join() });
t(() => { const a = [1, 2, 3]; return show(a.map((x, i, arr) => { if (i === 0) arr.pop(); return x * 2 })) });
t(() => { const a = [1, 2, 3]; return a.filter((x, i, arr) => { arr[i + 1] = 'new'; return true }).join() });
t(() => { const a = [1, 2, 3]; return a.find((x, i, arr) => { if (i === 0) arr.length = 0; return x === undefined && i === 2 }) + ' ' + a.length });
t(() => { const a = [1, 2, 3]; return a.reduce((acc, x, i, arr) => { if (i === 1) arr.push(99); return acc + x }) });
t(() => { const a = [0, 1, 2, 3]; let s = ''; a.forEach((x, i) => { s += x; if (i === 1) a.splice(0, 2) }); return s });
// Inherited elements fill holes.
t(() => { Array.prototype[1] = 'P'; try { return [0, , 2].map(x => x).join() + ' ' + [0, , 2].filter(x => x === 'P').length } finally { delete Array.prototype[1] } });
t(() => { Object.prototype[0] = 'O'; try { return [, 1].find(x => x === 'O') + ' ' + [, 1].reduce((a, b) => a + b) } finally { delete Object.prototype[0] } });

// expect: 2,4,6
// expect: [2,null,6] false
// expect: 1,3
// expect: 3
// expect: 0:1:3,2:3:3
// expect: true false true
// expect: true false false
// expect: 12 1 130 3
// expect: undefined -1 undefined -1
// expect: undefined 2 undefined
// expect: 6 1,2 1 5
// expect: cba >ba 1
// expect: TypeError: Reduce of empty array with no initial value
// expect: TypeError: Reduce of empty array with no initial value
// expect: TypeError: Reduce of empty array with no initial value
// expect: init
// expect: object03,object13,object23
// expect: 3/2/1,5/1/0
// expect: this
// expect: true
// expect: undefined
// expect: 0
// expect: TypeError: 1 is not a function
// expect: TypeError: abc is not a function
// expect: TypeError: #<Object> is not a function
// expect: TypeError: [object Array] is not a function
// expect: TypeError: null is not a function
// expect: TypeError: undefined is not a function
// expect: TypeError: Symbol(x) is not a function
// expect: TypeError: 1 is not a function
// expect: TypeError: true is not a function
// expect: TypeError: [object Object] is not a function
// expect: TypeError: [object Array] is not a function
// expect: TypeError: #<Object> is not a function
// expect: TypeError: Class constructor Foo cannot be invoked without 'new'
// expect: TypeError: #<Object> is not a function
// expect: TypeError: Array.prototype.forEach called on null or undefined
// expect: TypeError: Array.prototype.forEach called on null or undefined
// expect: TypeError: #<Object> is not a function
// expect: TypeError: Array.prototype.map called on null or undefined
// expect: TypeError: Array.prototype.map called on null or undefined
// expect: TypeError: #<Object> is not a function
// expect: TypeError: Array.prototype.filter called on null or undefined
// expect: TypeError: Array.prototype.filter called on null or undefined
// expect: TypeError: #<Object> is not a function
// expect: TypeError: Array.prototype.every called on null or undefined
// expect: TypeError: Array.prototype.every called on null or undefined
// expect: TypeError: #<Object> is not a function
// expect: TypeError: Array.prototype.some called on null or undefined
// expect: TypeError: Array.prototype.some called on null or undefined
// expect: TypeError: #<Object> is not a function
// expect: TypeError: Array.prototype.reduce called on null or undefined
// expect: TypeError: Array.prototype.reduce called on null or undefined
// expect: TypeError: #<Object> is not a function
// expect: TypeError: Array.prototype.reduceRight called on null or undefined
// expect: TypeError: Array.prototype.reduceRight called on null or undefined
// expect: TypeError: #<Object> is not a function
// expect: TypeError: Array.prototype.find called on null or undefined
// expect: TypeError: Array.prototype.find called on null or undefined
// expect: TypeError: #<Object> is not a function
// expect: TypeError: Array.prototype.findIndex called on null or undefined
// expect: TypeError: Array.prototype.findIndex called on null or undefined
// expect: TypeError: #<Object> is not a function
// expect: TypeError: Array.prototype.findLast called on null or undefined
// expect: TypeError: Array.prototype.findLast called on null or undefined
// expect: TypeError: #<Object> is not a function
// expect: TypeError: Array.prototype.findLastIndex called on null or undefined
// expect: TypeError: Array.prototype.findLastIndex called on null or undefined
// expect: TypeError: flatMap mapper function is not callable
// expect: TypeError: Cannot convert undefined or null to object
// expect: TypeError: Cannot convert undefined or null to object
// expect: TypeError: #<Foo> is not a function
// expect: TypeError: #<Object> is not a function
// expect: TypeError: [object Object] is not a function
// expect: TypeError: [object Object] is not a function
// expect: TypeError: [object Number] is not a function
// expect: TypeError: [object String] is not a function
// expect: TypeError: 0 is not a function
// expect: TypeError: 1e+21 is not a function
// expect: TypeError: Error: boom is not a function
// expect: TypeError: #<named> is not a function
// expect: 1,2,c
// expect: 1,2
// expect: 1,2,3,4
// expect: 1,3,4
// expect: [2,4,null]
// expect: 1,new,new
// expect: undefined 0
// expect: 6
// expect: 01
// expect: 0,P,2 1
// expect: O O1
