// slice, concat, flat, flatMap, toReversed, toSpliced, with, and
// ArraySpeciesCreate for the methods that use it.
function t(f) { try { console.log(f()) } catch (e) { console.log(e.constructor.name + ': ' + e.message) } }
const show = JSON.stringify;
t(() => show([1, 2, 3, 4, 5].slice(-2)) + show([1, 2, 3].slice(1, 100)) + show([1, 2, 3].slice(2, 1)) + show([1, 2, 3].slice('1')) + show([1, 2, 3].slice(-Infinity, Infinity)) + show([1, 2, 3].slice()));
t(() => { const r = [1, , 3].slice(); return r.length + ' ' + (1 in r) });
t(() => show([1].concat(2, [3, [4]], 'ab')) + ' ' + [].concat.call(1, 2).map(x => typeof x).join());
t(() => { const a = [1, , 2]; const r = [].concat(a, a); return r.length + ' ' + (1 in r) + (4 in r) });
t(() => { const a = [1, 2]; a[Symbol.isConcatSpreadable] = false; return show([0].concat(a)) });
t(() => show([0].concat({length: 2, 0: 'x', [Symbol.isConcatSpreadable]: true})));
t(() => { Array.prototype[Symbol.isConcatSpreadable] = false; try { return [1].concat([2]).length } finally { delete Array.prototype[Symbol.isConcatSpreadable] } });
t(() => { const a = [1]; return a.concat(a, [[2]]).length });
t(() => { const a = [1]; const r = a.concat(); return (r !== a) + ' ' + r.length });
t(() => [].concat.call(null));
t(() => { const a = [1]; a.length = 3; const r = a.concat(); return r.length + ' ' + (2 in r) });
t(() => [1, [2, [3, [4, [5]]]]].flat(Infinity));
t(() => [1, [2, [3, [4, [5]]]]].flat());
t(() => [1, [2, [3, [4, [5]]]]].flat(2));
t(() => [1, [2, [3, [4, [5]]]]].flat(-1));
t(() => [1, [2, [3]]].flat('1'));
t(() => [[1, , 3], , [4]].flat());
t(() => [[{length: 1, 0: 'not spread'}]].flat(Infinity).length);
t(() => { let a = []; let cur = a; for (let i = 0; i < 3000; i++) { const n = [i]; cur.push(n); cur = n } return a.flat(Infinity).length });
t(() => [1, 2, 3].flatMap(x => [x, [x * 2]]));
t(() => [1, 2, 3].flatMap((x, i, a) => i + a.length));
t(() => [1, 2].flatMap(function (x) { return this.m * x }, {m: 10}).join());
t(() => [1].flatMap(5));
t(() => { const a = [1, 2, 3]; const b = a.toReversed(); return b.join() + ' ' + a.join() });
t(() => show([1, , 3].toReversed()) + ' ' + (1 in [1, , 3].toReversed()));
t(() => { const a = [1, 2, 3]; return show([a.toSpliced(), a.toSpliced(1), a.toSpliced(1, undefined), a.toSpliced(0, 1, 'x', 'y'), a.toSpliced(-1, 1), a.toSpliced(1, 1, [7]), a]) });
t(() => show([1, , 3].toSpliced(0, 1)));
t(() => show([1, 2, 3].with(1, 'x')) + show([1, 2, 3].with(-1, 'y')) + show([1, , 3].with(0, 0)));
t(() => [1].with(5, 1));
t(() => [1].with(-2.5, 1));
t(() => [1].with(Infinity, 1));
t(() => [1].with(1.5e300, 1));
t(() => [].with(0, 0));
t(() => Array.prototype.with.call({length: 2 ** 32}, 0, 1));
t(() => Array.prototype.toReversed.call({length: 2 ** 32}));
t(() => Array.prototype.toSpliced.call({length: 2 ** 53 - 1}, 0, 0, 1));
// ArraySpeciesCreate
t(() => { class MyA extends Array {} const m = new MyA(1, 2, 3); const r = m.map(x => x * 2); return r.constructor.name + ' ' + r + ' ' + m.filter(x => x > 1).constructor.name + ' ' + m.slice().constructor.name + ' ' + m.concat([]).constructor.name + ' ' + m.splice(0, 1).constructor.name + ' ' + m.flat().constructor.name + ' ' + m.flatMap(x => x).constructor.name });
t(() => { class MyA extends Array {} const m = new MyA(1, 2, 3); return m.toReversed().constructor.name + ' ' + m.toSorted().constructor.name + ' ' + m.with(0, 1).constructor.name + ' ' + m.toSpliced(0).constructor.name });
t(() => { class MyA extends Array { static get [Symbol.species]() { return Array } } const m = new MyA(1, 2, 3); return m.map(x => x).constructor.name });
t(() => { class MyA extends Array { static get [Symbol.species]() { return 5 } } return new MyA(1, 2).map(x => x) });
t(() => { const a = [1, 2]; a.constructor = undefined; return Array.isArray(a.map(x => x)) });
t(() => { const a = [1, 2]; a.constructor = {[Symbol.species]: null}; return Array.isArray(a.map(x => x)) });
t(() => { const a = [1]; a.constructor = 5; return a.map(x => x) });
t(() => { const a = [1]; a.constructor = {[Symbol.species]: 5}; return a.map(x => x) });
t(() => { const a = [1, 2]; a.constructor = {[Symbol.species]: function (n) { this.args = n }}; return show(a.map(x => x * 3)) });
t(() => { const a = [1, 2, 3]; a.constructor = {[Symbol.species]: function (n) { return {length: 'orig' + n} }}; return show([a.filter(x => x > 1), a.slice(1), a.splice(0, 2), a.concat([4]), a.flat()]) });
for (const m of ['map', 'slice', 'splice', 'filter', 'concat']) {
  t(() => { const a = [1, 2]; a.constructor = {[Symbol.species]: function (n) { return Object.freeze({}) }}; return a[m](x => 1) });
}
t(() => { const log = []; const a = [1, 2]; Object.defineProperty(a, 'constructor', {get() { log.push('constructor'); return Array }}); a.map(x => x); a.slice(); a.filter(x => x); return log.join() });
t(() => { const sub = Object.getPrototypeOf([]); return Array.isArray([].map.call({length: 1, 0: 'x'}, x => x)) });

t(() => { const a = []; let cur = a; for (let i = 0; i < 20000; i++) { const n = [i]; cur.push(n); cur = n } return a.flat(Infinity).length });

// expect: [4,5][2,3][][2,3][1,2,3][1,2,3]
// expect: 3 false
// expect: [1,2,3,[4],"ab"] object,number
// expect: 6 falsefalse
// expect: [0,[1,2]]
// expect: [0,"x",null]
// expect: 2
// expect: 3
// expect: true 1
// expect: TypeError: Array.prototype.concat called on null or undefined
// expect: 3 false
// expect: [ 1, 2, 3, 4, 5 ]
// expect: [ 1, 2, [ 3, [ 4, [Array] ] ] ]
// expect: [ 1, 2, 3, [ 4, [ 5 ] ] ]
// expect: [ 1, [ 2, [ 3, [Array] ] ] ]
// expect: [ 1, 2, [ 3 ] ]
// expect: [ 1, 3, 4 ]
// expect: 1
// expect: 3000
// expect: [ 1, [ 2 ], 2, [ 4 ], 3, [ 6 ] ]
// expect: [ 3, 4, 5 ]
// expect: 10,20
// expect: TypeError: flatMap mapper function is not callable
// expect: 3,2,1 1,2,3
// expect: [3,null,1] true
// expect: [[1,2,3],[1],[1,2,3],["x","y",2,3],[1,2],[1,[7],3],[1,2,3]]
// expect: [null,3]
// expect: [1,"x",3][1,2,"y"][0,null,3]
// expect: RangeError: Invalid index : 5
// expect: RangeError: Invalid index : -2.5
// expect: RangeError: Invalid index : Infinity
// expect: RangeError: Invalid index : 1.5e+300
// expect: RangeError: Invalid index : 0
// expect: RangeError: Invalid array length
// expect: RangeError: Invalid array length
// expect: TypeError: Invalid array length
// expect: MyA 2,4,6 MyA MyA MyA MyA MyA MyA
// expect: Array Array Array Array
// expect: Array
// expect: TypeError: object.constructor[Symbol.species] is not a constructor
// expect: true
// expect: true
// expect: TypeError: object.constructor[Symbol.species] is not a constructor
// expect: TypeError: object.constructor[Symbol.species] is not a constructor
// expect: {"0":3,"1":6,"args":2}
// expect: [{"0":2,"1":3,"length":"orig0"},{"0":2,"1":3,"length":2},{"0":1,"1":2,"length":2},{"0":3,"1":4,"length":2},{"0":3,"length":"orig0"}]
// expect: TypeError: Cannot define property 0, object is not extensible
// expect: TypeError: Cannot define property 0, object is not extensible
// expect: TypeError: Cannot define property 0, object is not extensible
// expect: TypeError: Cannot define property 0, object is not extensible
// expect: TypeError: Cannot define property 0, object is not extensible
// expect: constructor,constructor,constructor
// expect: true
// expect: RangeError: Maximum call stack size exceeded
