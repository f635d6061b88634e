// sort and toSorted: SortCompare (undefined last, ToString order), holes
// removed, stability, comparator results and exceptions.
function t(f) { try { console.log(f()) } catch (e) { console.log(e.constructor.name + ': ' + e.message) } }
const show = JSON.stringify;
t(() => [10, 9, 1, 100, undefined, , 'b', 'a', null, NaN, -0, 0].sort());
t(() => { const a = [10, 9, 1, undefined, , 5]; a.sort((x, y) => x - y); return show(a) + ' ' + a.length + ' ' + (5 in a) + (4 in a) + (3 in a) });
t(() => { const a = []; for (let i = 0; i < 50; i++) a.push({k: i % 5, i}); a.sort((x, y) => x.k - y.k); return a.map(o => o.i).join() });
t(() => { const a = []; for (let i = 0; i < 30; i++) a.push(String.fromCharCode(97 + (i * 7) % 26) + i); return a.sort().join() });
t(() => [3, 1, 2].sort(() => NaN).join() + ' ' + [3, 1, 2].sort(() => 0).join());
t(() => [3, 1, 2].sort((a, b) => ({valueOf() { return b - a }})).join());
t(() => [3, 1, 2].sort(() => { throw new Error('cmp') }));
t(() => { const a = [3, 1, 2]; try { a.sort((x, y) => { if (x === 1 || y === 1) throw 1; return x - y }) } catch (e) {} return a.join() });
t(() => [3, 1, 2].sort((a, b) => 1n));
t(() => ['\uD83D\uDE00', '\uFFFF', 'a', 'B', 'aa', ''].sort().map(s => s.length + ':' + s.charCodeAt(0)).join());
t(() => [2n, 1, 10n, 3].sort().join());
t(() => [true, false, 'true', 'false'].sort().join());
t(() => [1, 2, 10, 20, -1, -10].sort().join());
t(() => [1, 2, 10, 20, -1, -10].sort((a, b) => a - b).join());
t(() => [0.1, 1e21, 1e-7, 5].sort().join());
t(() => [{toString() { return 'b' }}, {toString() { return 'a' }}].sort().map(String).join());
t(() => [Symbol(), Symbol()].sort().length);
t(() => [Symbol(), 1].sort());
t(() => [3, 2, 1].sort(undefined).join());
t(() => [3, 2, 1].sort(null));
t(() => [3, 2, 1].sort({}));
t(() => Array.prototype.sort.call(null, 5));
t(() => Array.prototype.sort.call(null));
t(() => { const o = {length: 4, 0: 'd', 1: 'b', 3: 'a'}; Array.prototype.sort.call(o); return show(o) });
t(() => { const o = {length: 3, 0: 'c', 1: undefined, 2: 'a'}; Array.prototype.sort.call(o); return show(o) + (1 in o) });
t(() => { const a = [5, 1, 4]; const b = a.toSorted(); return b.join() + ' ' + a.join() + ' ' + (a !== b) });
t(() => [, 1].toSorted().length + ' ' + show([, 1, undefined].toSorted()) + ' ' + (0 in [, 1].toSorted()));
t(() => [1, 2, 3].toSorted((a, b) => b - a).join());
t(() => [1].toSorted('x'));
t(() => Array.prototype.toSorted.call({length: 3, 0: 'b', 2: 'a'}).join('|'));
t(() => Array.prototype.toSorted.call({length: 2 ** 32}));
// A comparator that mutates the array: the sorted values are written back.
t(() => { const a = [3, 2, 1]; a.sort((x, y) => { a.length = 0; return x - y }); return show(a) });
t(() => { const a = [3, 2, 1]; a.sort((x, y) => { a.push(9); return x - y }); return a.length + ' ' + a.slice(0, 3).join() });
// Inherited elements are sorted in; the array gets them as own properties.
t(() => { Array.prototype[1] = 'P'; try { const a = [0, , 2]; a.sort(); return show(a) + ' ' + a.hasOwnProperty(1) } finally { delete Array.prototype[1] } });
// Stability on a longer array.
t(() => { const a = []; for (let i = 0; i < 500; i++) a.push([i % 7, i]); a.sort((x, y) => x[0] - y[0]); let ok = true; for (let i = 1; i < a.length; i++) if (a[i - 1][0] === a[i][0] && a[i - 1][1] > a[i][1]) ok = false; return ok + ' ' + a[0] + ' ' + a[499] });

// expect: [
// expect:   -0,
// expect:   0,
// expect:   1,
// expect:   10,
// expect:   100,
// expect:   9,
// expect:   NaN,
// expect:   'a',
// expect:   'b',
// expect:   null,
// expect:   undefined,
// expect:   <1 empty item>
// expect: ]
// expect: [1,5,9,10,null,null] 6 falsetruetrue
// expect: 0,5,10,15,20,25,30,35,40,45,1,6,11,16,21,26,31,36,41,46,2,7,12,17,22,27,32,37,42,47,3,8,13,18,23,28,33,38,43,48,4,9,14,19,24,29,34,39,44,49
// expect: a0,a26,b15,c4,d19,e8,f23,g12,h1,h27,i16,j5,k20,l9,m24,n13,o2,o28,p17,q6,r21,s10,t25,u14,v29,v3,w18,x7,y22,z11
// expect: 3,1,2 3,1,2
// expect: 3,2,1
// expect: Error: cmp
// expect: 3,1,2
// expect: TypeError: Cannot convert a BigInt value to a number
// expect: 0:NaN,1:66,1:97,2:97,2:55357,1:65535
// expect: 1,10,2,3
// expect: false,false,true,true
// expect: -1,-10,1,10,2,20
// expect: -10,-1,1,2,10,20
// expect: 0.1,1e+21,1e-7,5
// expect: a,b
// expect: TypeError: Cannot convert a Symbol value to a string
// expect: TypeError: Cannot convert a Symbol value to a string
// expect: 1,2,3
// expect: TypeError: The comparison function must be either a function or undefined
// expect: TypeError: The comparison function must be either a function or undefined
// expect: TypeError: The comparison function must be either a function or undefined
// expect: TypeError: Cannot convert undefined or null to object
// expect: {"0":"a","1":"b","2":"d","length":4}
// expect: {"0":"a","1":"c","length":3}true
// expect: 1,4,5 5,1,4 true
// expect: 2 [1,null,null] true
// expect: 3,2,1
// expect: TypeError: The comparison function must be either a function or undefined
// expect: a|b|
// expect: RangeError: Invalid array length
// expect: [1,2,3]
// expect: 5 1,2,3
// expect: [0,2,"P"] true
// expect: true 0,0 6,496
