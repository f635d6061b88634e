// indexOf, lastIndexOf, includes, at: strict equality vs SameValueZero,
// fromIndex handling, holes.
function t(f) { try { console.log(f()) } catch (e) { console.log(e.constructor.name + ': ' + e.message) } }
const show = JSON.stringify;
t(() => [1, 2, 3].includes(2, -1) + ' ' + [1, 2, 3].includes(3, -1) + ' ' + [1, 2, 1].includes(1, -100) + ' ' + [1].includes(1, Infinity));
t(() => [NaN].includes(NaN) + ' ' + [NaN].indexOf(NaN) + ' ' + [NaN].lastIndexOf(NaN));
t(() => [1, , 3].includes(undefined) + ' ' + [1, , 3].indexOf(undefined) + ' ' + [1, , 3].lastIndexOf(undefined) + ' ' + [1, undefined].indexOf(undefined));
t(() => [0, -0].indexOf(-0) + ' ' + [-0].includes(0) + ' ' + [0].lastIndexOf(-0));
t(() => show([true, 1, 1n, '1'].indexOf(1)) + show([true, 1, 1n, '1'].indexOf(1n)) + show([true, 1, 1n, '1'].indexOf('1')) + show([1, true].indexOf(true)) + show([0].indexOf(false)) + show([1n, 1].includes(1)) + show([1, 1n].includes(1n)));
t(() => show([null, undefined].indexOf(null)) + show([undefined, null].indexOf(undefined)) + show([null].includes(undefined)));
t(() => { const o = {}; const a = [1, o, 'o']; return show([a.indexOf(o), a.includes(o), a.lastIndexOf(o), a.indexOf({})]) });
t(() => { const s = Symbol(); return [1, s].indexOf(s) + ' ' + [s].includes(Symbol()) });
t(() => [1, 2, 3].lastIndexOf(3, undefined) + ' ' + [1, 2, 3].lastIndexOf(3) + ' ' + [1, 2, 3, 2, 1].lastIndexOf(2, -3) + ' ' + [1, 2, 3].lastIndexOf(3, -1) + ' ' + [1, 2].lastIndexOf(1, -10) + ' ' + [1].lastIndexOf(1, -Infinity));
t(() => [1, 2, 1].indexOf(1, -1) + ' ' + [1, 2, 1].indexOf(1, 5) + ' ' + [1, 2, 1].indexOf(1, -Infinity) + ' ' + [1, 2, 1].indexOf(1, 1.9) + ' ' + [].indexOf(undefined));
t(() => ['a', 'b', 'a'].indexOf('a', 1) + ' ' + ['a', 'b', 'a'].lastIndexOf('a', 1));
t(() => [1.5, 2.5].indexOf(2.5) + ' ' + [1.5, '2.5'].indexOf(2.5) + ' ' + [1, 2, 3].includes('2'));
t(() => show([1, 2, 3].at(-1)) + show([1, 2, 3].at(-4)) + show([1, 2, 3].at(1.7)) + show([1, 2, 3].at('-1')) + show([1, 2, 3].at()) + show([1, 2, 3].at(3)) + show([1, 2, 3].at(-Infinity)));
t(() => [, 'x'].at(0) + ' ' + Array.prototype.at.call('abc', -1) + ' ' + Array.prototype.at.call({length: 2, 1: 'b'}, -1));
// Inherited elements are found in holes.
t(() => { Array.prototype[1] = 'P'; try { const a = [0, , 2]; return a.indexOf('P') + ' ' + a.includes('P') + ' ' + a.lastIndexOf('P') + ' ' + a.at(1) } finally { delete Array.prototype[1] } });
t(() => { Object.prototype[2] = 'O'; try { const a = [0, 1, , 3]; return a.indexOf('O') + ' ' + a.includes('O') + ' ' + a.includes(undefined) } finally { delete Object.prototype[2] } });
// Array-likes and primitives.
t(() => Array.prototype.indexOf.call('hello', 'l') + ' ' + Array.prototype.lastIndexOf.call('hello', 'l') + ' ' + Array.prototype.includes.call('hello', 'o'));
t(() => Array.prototype.indexOf.call({length: 3, 2: NaN, 1: 'x'}, 'x') + ' ' + Array.prototype.includes.call({length: 3, 2: NaN}, NaN) + ' ' + Array.prototype.includes.call({length: 2}, undefined));
t(() => Array.prototype.indexOf.call(null, 1));
t(() => Array.prototype.includes.call(undefined, 1));
t(() => Array.prototype.lastIndexOf.call(null, 1));
t(() => Array.prototype.at.call(null, 1));
// A large array.
t(() => { const a = []; for (let i = 0; i < 1000; i++) a.push(i); return a.indexOf(999) + ' ' + a.indexOf(999, -1) + ' ' + a.lastIndexOf(0) + ' ' + a.includes(500, 501) + ' ' + a.indexOf('999') });

// expect: false true true false
// expect: true -1 -1
// expect: true -1 -1 1
// expect: 0 true 0
// expect: 1231-1truetrue
// expect: 00false
// expect: [1,true,1,-1]
// expect: 1 false
// expect: -1 2 1 2 -1 -1
// expect: 2 -1 0 2 -1
// expect: 2 0
// expect: 1 -1 false
// expect: 3undefined231undefinedundefined
// expect: undefined c b
// expect: 1 true 1 P
// expect: 2 true false
// expect: 2 3 true
// expect: 1 true true
// expect: TypeError: Array.prototype.indexOf called on null or undefined
// expect: TypeError: Cannot convert undefined or null to object
// expect: TypeError: Cannot convert undefined or null to object
// expect: TypeError: Cannot convert undefined or null to object
// expect: 999 999 0 false -1
