// Length limits: 2**32 - 1 for arrays (RangeError), 2**53 - 1 for
// array-likes (TypeError), with V8's messages.
function t(f) { try { console.log(f()) } catch (e) { console.log(e.constructor.name + ': ' + e.message) } }
t(() => Array.prototype.push.call({length: 2 ** 53 - 1}, 1));
t(() => Array.prototype.push.call({length: 2 ** 53 - 3}, 1, 2, 3));
t(() => Array.prototype.unshift.call({length: 2 ** 53 - 1}, 1));
t(() => Array.prototype.splice.call({length: 2 ** 53 - 1}, 0, 0, 1));
t(() => Array.prototype.toSpliced.call({length: 2 ** 53 - 1}, 0, 0, 1));
t(() => { const o = {length: 2 ** 53 + 10}; Array.prototype.pop.call(o); return o.length });
t(() => { const o = {length: Infinity}; return Array.prototype.push.call(o) });
t(() => { const a = []; a.length = 2 ** 32 - 1; return a.push(1) });
t(() => { const a = []; a.length = 2 ** 32 - 2; return a.push(1, 2) });
t(() => { const a = []; a.length = 2 ** 32 - 1; return a.concat([1]).length });
t(() => { const a = []; a.length = 2 ** 32 - 1; return a.concat(1).length });
t(() => { const a = []; a.length = 2 ** 32 - 1; return a.toSpliced(0, 0, 1).length });
t(() => { const a = []; a[2 ** 32 - 2] = 1; return a.concat([1]).length });
t(() => { const a = []; a[2 ** 32 - 2] = 'last'; return a.lastIndexOf('last') + ' ' + a.at(-1) + ' ' + a.length });
t(() => { const a = []; a.length = 2 ** 32 - 2; return a.concat(['x']).length });
t(() => { const a = [1, 2, 3]; a.length = 2 ** 32 - 1; return a.pop() + ' ' + a.length });
t(() => Array.prototype.with.call({length: 2 ** 32}, 0, 1));
t(() => Array.prototype.toReversed.call({length: 2 ** 32}));
t(() => Array.prototype.toSorted.call({length: 2 ** 32}));
t(() => Array.prototype.map.call({length: 2 ** 32}, x => x));
t(() => Array.prototype.slice.call({length: 2 ** 32}));
t(() => Array.prototype.join.call({length: 2 ** 32}));
t(() => new Array(2 ** 32 - 1).join().length);
t(() => Array.prototype.at.call({length: 2 ** 53, [2 ** 53 - 2]: 'far'}, -1));
t(() => Array.prototype.lastIndexOf.call({length: 2 ** 53 + 5, [2 ** 53 - 2]: 'far'}, 'far'));
t(() => Array.prototype.includes.call({length: 2 ** 53, [2 ** 53 - 2]: 'far'}, 'far', -2));

// expect: TypeError: Pushing 1 elements on an array-like of length 9007199254740991 is disallowed, as the total surpasses 2**53-1
// expect: TypeError: Pushing 3 elements on an array-like of length 9007199254740989 is disallowed, as the total surpasses 2**53-1
// expect: TypeError: Invalid array length
// expect: TypeError: Invalid array length
// expect: TypeError: Invalid array length
// expect: 9007199254740990
// expect: 9007199254740991
// expect: RangeError: Invalid array length
// expect: RangeError: Invalid array length
// expect: RangeError: Invalid array length
// expect: RangeError: Invalid array length
// expect: RangeError: Invalid array length
// expect: RangeError: Invalid array length
// expect: 4294967294 last 4294967295
// expect: 4294967295
// expect: undefined 4294967294
// expect: RangeError: Invalid array length
// expect: RangeError: Invalid array length
// expect: RangeError: Invalid array length
// expect: RangeError: Invalid array length
// expect: RangeError: Invalid array length
// expect: TypeError: Invalid array length
// expect: RangeError: Invalid string length
// expect: far
// expect: 9007199254740990
// expect: true
