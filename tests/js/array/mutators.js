// push, pop, shift, unshift, splice, reverse, fill, copyWithin on arrays
// (including frozen, sealed, non-extensible ones and read-only lengths).
function t(f) { try { console.log(f()) } catch (e) { console.log(e.constructor.name + ': ' + e.message) } }
const show = JSON.stringify;
t(() => { const a = [1, 2, 3]; return show([a.shift(), a.unshift(0, 0.5), a, a.pop(), a.push(9, 10), a]) });
t(() => { const a = []; return show([a.pop(), a.shift(), a.unshift(), a.push(), a.length]) });
t(() => { const a = [, 1]; return show([a.shift(), a, a.length]) });
t(() => { const a = [1, ,]; return show([a.pop(), a.length]) });
t(() => { const a = [1, 2, 3, 4, 5]; return show([a.splice(1, 2), a, a.splice(-1, 1, 'a', 'b'), a, a.splice(1, Infinity), a, a.splice(0, -1, 'z'), a]) });
t(() => { const a = [1, 2, 3]; return show([a.splice(), a, a.splice(undefined), a]) });
t(() => { const a = [1, 2, 3]; return show([a.splice(1), a]) });
t(() => { const a = [1, , 3, 4]; const r = a.splice(0, 2); return show([r, r.length, 1 in r, a]) });
t(() => { const a = [1, , 3]; a.splice(0, 0, 'x'); return show(a) + ' ' + (2 in a) });
t(() => { const a = [1, 2, 3]; const r = a.reverse(); return (r === a) + ' ' + show(a) });
t(() => show([1, , 3, , 5].reverse()) + show([1, 2, , 4].reverse()) + show([].reverse()) + show([1].reverse()));
t(() => show([1, 2, 3].fill(4, -3, -2)) + show([1, 2, 3].fill(4, NaN, NaN)) + show(Array(3).fill()) + show([1, 2, 3].fill(9, 1)) + show([1, 2, 3].fill(0, 5)));
t(() => show([1, 2, 3, 4, 5].copyWithin(-2)) + show([1, 2, 3, 4, 5].copyWithin(0, 3, 4)) + show([1, 2, 3, 4, 5].copyWithin(1, 3)) + show([1, 2, 3, 4, 5].copyWithin(2, 0, 3)) + show([1, 2, 3].copyWithin(0, 1, -5)));
t(() => { const a = [1, , 3, 4]; a.copyWithin(2, 0); return show(a) + ' ' + (3 in a) });
t(() => { const a = []; for (let i = 0; i < 20; i++) { a.push(i); if (a.length > 5) a.shift() } return a.join() });
t(() => { const a = [1]; a.unshift(); a.unshift(-1, 0); return a.join() });
// Frozen / sealed / non-extensible arrays.
t(() => Object.freeze([1]).push(2));
t(() => Object.freeze([1]).pop());
t(() => Object.freeze([1, 2]).shift());
t(() => Object.freeze([1]).unshift(0));
t(() => Object.freeze([1]).reverse());
t(() => Object.freeze([2, 1]).sort());
t(() => Object.freeze([1]).fill(0));
t(() => Object.freeze([1]).splice(0, 1));
t(() => Object.freeze([1, 2]).copyWithin(0, 1));
t(() => Object.seal([1]).push(2));
t(() => Object.seal([1]).pop());
t(() => { const a = Object.seal([1, 2]); a.reverse(); return a.join() });
t(() => { const a = Object.preventExtensions([1, , 3]); return a.reverse() });
t(() => { const a = Object.preventExtensions([1, , 3]); return a.fill(0) });
t(() => { const a = Object.preventExtensions([3, , 1]); return a.sort() });
t(() => { const a = Object.preventExtensions([3, 2, 1]); return a.sort().join() });
t(() => { const a = Object.preventExtensions([1, 2]); return a.pop() + ' ' + a.length });
// Read-only length.
for (const m of ['push', 'pop', 'shift', 'unshift', 'splice']) {
  t(() => { const a = [1, 2, 3]; Object.defineProperty(a, 'length', {writable: false}); return a[m](0, 1) });
}
t(() => { const a = [1, 2, 3]; Object.defineProperty(a, 'length', {writable: false}); return a.push() });
t(() => { const a = [1, 2, 3]; Object.defineProperty(a, 'length', {writable: false}); return a.unshift() });
t(() => { const a = [1, 2, 3]; Object.defineProperty(a, 'length', {writable: false}); return a.fill(0).join() });
t(() => { const a = [1, 2, 3]; Object.defineProperty(a, 'length', {writable: false}); return a.reverse().join() });
t(() => { const a = [1, 2, 3]; Object.defineProperty(a, 'length', {writable: false}); return a.sort((x, y) => y - x).join() });
t(() => { const a = [1, 2, 3]; Object.defineProperty(a, 'length', {writable: false}); return a.copyWithin(0, 1).join() });
t(() => { const a = []; Object.defineProperty(a, 'length', {writable: false}); return a.pop() });
t(() => { const a = []; Object.defineProperty(a, 'length', {writable: false}); return a.shift() });
// Non-configurable elements.
t(() => { const a = [1, 2, 3]; Object.defineProperty(a, 0, {configurable: false}); a.splice(0) });
t(() => { const a = [1, 2, 3]; Object.defineProperty(a, 1, {configurable: false}); return a.pop() + ' ' + a.length });
t(() => { const a = [1, 2, 3]; Object.defineProperty(a, 2, {configurable: false}); return a.pop() });
t(() => { const a = [1, 2, 3]; Object.defineProperty(a, 0, {value: 9, writable: false}); return a.reverse() });
t(() => { const a = [1, 2, 3]; Object.defineProperty(a, 1, {configurable: false}); return a.shift() });
// Accessor elements and inherited setters.
t(() => { const log = []; const a = [1, 2]; Object.defineProperty(a, 1, {get() { log.push('get'); return 'G' }, set(v) { log.push('set ' + v) }, configurable: true}); a.reverse(); return log.join() + ' ' + a[0] });
t(() => { const log = []; Object.defineProperty(Array.prototype, 3, {set(v) { log.push('proto set ' + v) }, configurable: true}); try { const a = [0, 1, 2]; a.push('x'); return log.join() + ' ' + a.length + ' ' + a.hasOwnProperty(3) } finally { delete Array.prototype[3] } });
t(() => { Array.prototype[1] = 'P'; try { const a = [0, , 2]; return show([a.reverse(), a.hasOwnProperty(1)]) } finally { delete Array.prototype[1] } });
t(() => { Array.prototype[1] = 'P'; try { return show([[, 1].shift(), [1, ,].pop(), [0, , 2].fill('f', 0, 1)]) } finally { delete Array.prototype[1] } });
t(() => { Array.prototype[0] = 'P'; try { const a = [, 1, 2]; const r = a.splice(0, 1); return show([r, r.hasOwnProperty(0), a]) } finally { delete Array.prototype[0] } });

t(() => Object.preventExtensions([1, 2]).unshift(0));
t(() => Object.preventExtensions([1, 2]).splice(0, 0, 'x'));
t(() => { const a = Object.preventExtensions([1, 2, 3]); return a.splice(0, 1, 'x').join() + ' ' + a.join() });
t(() => { const a = Object.preventExtensions([1, 2, 3]); return a.splice(0, 2).join() + ' ' + a.join() });
t(() => { const a = Object.preventExtensions([1, 2, 3]); return a.shift() + ' ' + a.join() });
t(() => Object.preventExtensions([1, 2]).push(3));
t(() => Object.preventExtensions([1, 2]).concat(3).length);
t(() => Object.seal([1, 2, 3]).splice(1, 1));
t(() => Object.seal([1, 2, 3]).shift());

// expect: [1,4,[0,0.5,2,9,10],3,5,[0,0.5,2,9,10]]
// expect: [null,null,0,0,0]
// expect: [null,[1],1]
// expect: [null,1]
// expect: [[2,3],["z",1],[5],["z",1],[4,"a","b"],["z",1],[],["z",1]]
// expect: [[],[],[1,2,3],[]]
// expect: [[2,3],[1]]
// expect: [[1,null],2,false,[3,4]]
// expect: ["x",1,null,3] false
// expect: true [3,2,1]
// expect: [5,null,3,null,1][4,null,2,1][][1]
// expect: [4,2,3][1,2,3][null,null,null][1,9,9][1,2,3]
// expect: [1,2,3,1,2][4,2,3,4,5][1,4,5,4,5][1,2,1,2,3][1,2,3]
// expect: [1,null,1,null] false
// expect: 15,16,17,18,19
// expect: -1,0,1
// expect: TypeError: Cannot add property 1, object is not extensible
// expect: TypeError: Cannot delete property '0' of [object Array]
// expect: TypeError: Cannot assign to read only property '0' of object '[object Array]'
// expect: TypeError: Cannot add property 1, object is not extensible
// expect: [ 1 ]
// expect: TypeError: Cannot assign to read only property '0' of object '[object Array]'
// expect: TypeError: Cannot assign to read only property '0' of object '[object Array]'
// expect: TypeError: Cannot delete property '0' of [object Array]
// expect: TypeError: Cannot assign to read only property '0' of object '[object Array]'
// expect: TypeError: Cannot add property 1, object is not extensible
// expect: TypeError: Cannot delete property '0' of [object Array]
// expect: 2,1
// expect: [ 3, <1 empty item>, 1 ]
// expect: TypeError: Cannot add property 1, object is not extensible
// expect: TypeError: Cannot add property 1, object is not extensible
// expect: 1,2,3
// expect: 2 1
// expect: TypeError: Cannot assign to read only property 'length' of object '[object Array]'
// expect: TypeError: Cannot assign to read only property 'length' of object '[object Array]'
// expect: TypeError: Cannot assign to read only property 'length' of object '[object Array]'
// expect: TypeError: Cannot assign to read only property 'length' of object '[object Array]'
// expect: TypeError: Cannot assign to read only property 'length' of object '[object Array]'
// expect: 3
// expect: TypeError: Cannot assign to read only property 'length' of object '[object Array]'
// expect: 0,0,0
// expect: 3,2,1
// expect: 3,2,1
// expect: 2,3,3
// expect: TypeError: Cannot assign to read only property 'length' of object '[object Array]'
// expect: TypeError: Cannot assign to read only property 'length' of object '[object Array]'
// expect: TypeError: Cannot delete property '0' of [object Array]
// expect: 3 2
// expect: TypeError: Cannot delete property '2' of [object Array]
// expect: TypeError: Cannot assign to read only property '0' of object '[object Array]'
// expect: 1
// expect: get,set 1 G
// expect: proto set x 4 false
// expect: [[2,"P",0],false]
// expect: [null,"P",["f","P",2]]
// expect: [["P"],true,[1,2]]
// expect: TypeError: Cannot add property 2, object is not extensible
// expect: TypeError: Cannot add property 2, object is not extensible
// expect: 1 x,2,3
// expect: 1,2 3
// expect: 1 2,3
// expect: TypeError: Cannot add property 2, object is not extensible
// expect: 3
// expect: TypeError: Cannot delete property '2' of [object Array]
// expect: TypeError: Cannot delete property '2' of [object Array]
