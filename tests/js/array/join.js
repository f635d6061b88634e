// join, toString, toLocaleString: separators, nullish elements, cycles.
function t(f) { try { console.log(f()) } catch (e) { console.log(e.constructor.name + ': ' + e.message) } }
t(() => [1, [2, [3, null]], undefined, {}].join(';'));
t(() => [1, 2].join(undefined) + [1, 2].join(null) + [1, 2].join('') + [1, 2].join({toString() { return '#' }}));
t(() => [0.1, 1e21, -0, 1e-7, 123456789012345680000, NaN, -Infinity].join());
t(() => [1n, true, 'x'].join('|'));
t(() => [Symbol.iterator].join());
t(() => [1, 2].join({toString() { throw new Error('sep') }}));
t(() => Array.prototype.join.call({length: 3, 0: 'a', 2: 'c'}));
t(() => Array.prototype.join.call('abc', '-'));
t(() => Array.prototype.join.call(5));
t(() => Array.prototype.join.call({length: 2 ** 32}));
t(() => Array(5).join('ab') + '|' + [].join() + '|' + [,].join());
t(() => { const a = [1]; a[3] = 4; return a.join() + ' ' + a.length });
t(() => String([[[]]]) + '|' + String([[], []]) + '|' + [null] + '|' + [undefined, undefined]);
t(() => [1, [2, [3]], null, undefined].toString());
t(() => Array.prototype.toString.call({join: 5}));
t(() => Array.prototype.toString.call({join() { return 'J' }}));
t(() => { const a = [1, 2, 3]; a.join = 'nope'; return String(a) });
t(() => Array.prototype.toString.call(Object.assign(Object.create(Array.prototype), {length: 2, 0: 1, 1: 2})));
t(() => Array.prototype.toString.call(null));
// Cycles contribute an empty string (V8).
t(() => { const a = [1, 2]; a.push(a); return String(a) });
t(() => { const a = [1, 2]; a.push([3, a]); return a.join('-') });
t(() => { const a = [1, 2]; const o = {toString() { return a.join('+') }}; a.push(o); return a.join('-') });
t(() => { const a = [1]; const b = [a]; a.push(b); return a.toLocaleString() + ' ' + b.toString() });
t(() => { const a = [1]; a.push({toString() { throw new Error('inner') }}); try { a.join() } catch (e) {} return a.slice(0, 1).join() + ' then ' + String([a[0], [a[0]]]) });
// toLocaleString invokes each element's toLocaleString.
t(() => [1, 'a', null, undefined, {toLocaleString() { return 'L' }}].toLocaleString());
t(() => [{toLocaleString: 5}].toLocaleString());
t(() => [{toLocaleString() { return {} }}].toLocaleString());
t(() => { const seen = []; [{toLocaleString(...args) { seen.push(args.length, typeof this); return 'x' }}].toLocaleString(); return seen.join() });
t(() => Array.prototype.toLocaleString.call({length: 2, 0: {toLocaleString() { return 'a' }}}));
t(() => Array.prototype.toLocaleString.call(null));
t(() => [Symbol()].join());

// Deeply nested arrays: V8 runs out of stack somewhere past 3000 levels.
t(() => { const a = []; let cur = a; for (let i = 0; i < 3000; i++) { const n = [i]; cur.push(n); cur = n } return String(a).length });
t(() => { const a = []; let cur = a; for (let i = 0; i < 10000; i++) { const n = [i]; cur.push(n); cur = n } return String(a).length });

t(() => { const r = []; for (const d of [2500, 3000, 3500, 5000]) { const a = []; let cur = a; for (let i = 0; i < d; i++) { const n = [i]; cur.push(n); cur = n } try { r.push(a.join().length) } catch (e) { r.push(e.message) } } return r.join(' | ') });

// expect: 1;2,3,;;[object Object]
// expect: 1,21null2121#2
// expect: 0.1,1e+21,0,1e-7,123456789012345680000,NaN,-Infinity
// expect: 1|true|x
// expect: TypeError: Cannot convert a Symbol value to a string
// expect: Error: sep
// expect: a,,c
// expect: a-b-c
// expect:
// expect: TypeError: Invalid array length
// expect: abababab||
// expect: 1,,,4 4
// expect: |,||,
// expect: 1,2,3,,
// expect: [object Object]
// expect: J
// expect: [object Array]
// expect: 1,2
// expect: TypeError: Cannot convert undefined or null to object
// expect: 1,2,
// expect: 1-2-3,
// expect: 1-2-
// expect: 1, 1,
// expect: 1 then 1,1
// expect: 1,a,,,L
// expect: TypeError: 5 is not a function
// expect: [object Object]
// expect: 2,object
// expect: a,
// expect: TypeError: Cannot convert undefined or null to object
// expect: TypeError: Cannot convert a Symbol value to a string
// expect: 13889
// expect: RangeError: Maximum call stack size exceeded
// expect: 11389 | 13889 | Maximum call stack size exceeded | Maximum call stack size exceeded
