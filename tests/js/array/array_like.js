// Every method on array-likes: the order of observable operations
// (length read, argument conversions, element gets and sets).
let log = [];
function mk(n) {
  const o = {};
  Object.defineProperty(o, 'length', { get() { log.push('len'); return n }, configurable: true });
  for (let i = 0; i < n; i++) Object.defineProperty(o, i, { get() { log.push('g' + i); return 'v' + i }, set(v) { log.push('s' + i + '=' + v) }, configurable: true, enumerable: true });
  return o;
}
const num = (v, name) => ({ valueOf() { log.push(name); return v } });
function run(name, f) { log = []; let r; try { r = f(); } catch (e) { r = e.constructor.name + ': ' + e.message } console.log(name, JSON.stringify(r), log.join(' ')) }
run('at', () => Array.prototype.at.call(mk(3), num(-1, 'idx')));
run('includes', () => Array.prototype.includes.call(mk(3), 'v1', num(0, 'from')));
run('includes0', () => Array.prototype.includes.call(mk(0), 'v1', num(0, 'from')));
run('indexOf', () => Array.prototype.indexOf.call(mk(3), 'v2', num(1, 'from')));
run('lastIndexOf', () => Array.prototype.lastIndexOf.call(mk(3), 'v0', num(-1, 'from')));
run('slice', () => Array.prototype.slice.call(mk(4), num(1, 'start'), num(3, 'end')));
run('fill', () => Array.prototype.fill.call(mk(3), 'x', num(1, 'start'), num(2, 'end')));
run('copyWithin', () => { Array.prototype.copyWithin.call(mk(4), num(0, 't'), num(2, 's'), num(4, 'e')); return 1 });
run('join', () => Array.prototype.join.call(mk(3), { toString() { log.push('sep'); return '+' } }));
run('reverse', () => { Array.prototype.reverse.call(mk(4)); return 1 });
run('pop', () => Array.prototype.pop.call(mk(2)));
run('shift', () => Array.prototype.shift.call(mk(3)));
run('unshift', () => Array.prototype.unshift.call(mk(2), 'a'));
run('push', () => Array.prototype.push.call(mk(1), 'a'));
run('splice', () => Array.prototype.splice.call(mk(4), num(1, 'start'), num(2, 'dc'), 'X'));
run('splice-grow', () => Array.prototype.splice.call(mk(3), 1, 0, 'X', 'Y'));
run('toSpliced', () => Array.prototype.toSpliced.call(mk(4), num(1, 'start'), num(2, 'dc'), 'X'));
run('with', () => Array.prototype.with.call(mk(3), num(1, 'idx'), 'W'));
run('toReversed', () => Array.prototype.toReversed.call(mk(3)));
run('toSorted', () => Array.prototype.toSorted.call(mk(3)));
run('sort', () => { Array.prototype.sort.call(mk(3), (a, b) => a < b ? 1 : -1); return 1 });
run('map', () => Array.prototype.map.call(mk(2), x => x + '!'));
run('mapNotFn', () => Array.prototype.map.call(mk(2), 5));
run('reduceEmpty', () => Array.prototype.reduce.call(mk(0), () => 1));
run('flat', () => Array.prototype.flat.call(mk(2), num(1, 'depth')));
run('concat', () => Array.prototype.concat.call([], mk(0)));
run('find', () => Array.prototype.find.call(mk(3), x => x === 'v1'));
run('findLast', () => Array.prototype.findLast.call(mk(3), x => x === 'v1'));
run('entries', () => [...Array.prototype.entries.call(mk(2))]);
run('from', () => Array.from(mk(2), x => x + '?'));
run('toLocaleString', () => Array.prototype.toLocaleString.call(mk(2)));
run('every', () => Array.prototype.every.call(mk(3), x => x !== 'v1'));
// Plain array-likes.
const al = () => ({length: 5, 0: 'a', 1: 'b', 3: 'd', 4: 'e', 5: 'beyond'});
const show = JSON.stringify;
function t(f) { try { console.log(f()) } catch (e) { console.log(e.constructor.name + ': ' + e.message) } }
t(() => show(Array.prototype.map.call(al(), (x, i) => x + i)));
t(() => show(Array.prototype.filter.call(al(), x => x !== 'b')));
t(() => { const r = []; Array.prototype.forEach.call(al(), (x, i, o) => r.push(i + x + typeof o)); return r.join() });
t(() => Array.prototype.every.call(al(), x => typeof x === 'string') + ' ' + Array.prototype.some.call(al(), x => x === 'e'));
t(() => Array.prototype.reduce.call(al(), (a, x) => a + x) + ' ' + Array.prototype.reduceRight.call(al(), (a, x) => a + x, '>'));
t(() => Array.prototype.indexOf.call(al(), 'd') + ' ' + Array.prototype.lastIndexOf.call(al(), 'a') + ' ' + Array.prototype.includes.call(al(), undefined) + ' ' + Array.prototype.indexOf.call(al(), undefined));
t(() => Array.prototype.find.call(al(), x => x === undefined) + ' ' + Array.prototype.findIndex.call(al(), x => x === undefined) + ' ' + Array.prototype.findLast.call(al(), x => x > 'a') + ' ' + Array.prototype.findLastIndex.call(al(), x => x === 'zzz'));
t(() => { const o = al(); return show([Array.prototype.pop.call(o), o]) });
t(() => { const o = al(); return show([Array.prototype.push.call(o, 'x', 'y'), o]) });
t(() => { const o = al(); return show([Array.prototype.shift.call(o), o]) });
t(() => { const o = al(); return show([Array.prototype.unshift.call(o, 'x', 'y'), o]) });
t(() => { const o = al(); return show([Array.prototype.reverse.call(o), o]) });
t(() => { const o = al(); return show([Array.prototype.splice.call(o, 1, 2, 'X'), o]) });
t(() => { const o = al(); return show([Array.prototype.splice.call(o, 1, 0, 'X', 'Y', 'Z'), o]) });
t(() => { const o = al(); return show([Array.prototype.splice.call(o), o]) });
t(() => { const o = al(); return show([Array.prototype.splice.call(o, -2), o]) });
t(() => show(Array.prototype.slice.call(al(), 1, -1)));
t(() => show(Array.prototype.fill.call(al(), 0, 1, 3)));
t(() => show(Array.prototype.copyWithin.call(al(), 0, 3)));
t(() => show(Array.prototype.copyWithin.call(al(), 2, 0)));
t(() => show(Array.prototype.concat.call(al(), [1, , 2], 'x')));
t(() => show(Array.prototype.at.call(al(), -1)));
t(() => show(Array.prototype.toReversed.call(al())) + show(Array.prototype.toSorted.call(al())) + show(Array.prototype.with.call(al(), -1, 'W')) + show(Array.prototype.toSpliced.call(al(), 1, 2, 'S')));
t(() => show(Array.prototype.flat.call({length: 2, 0: [1, [2]], 1: 3})) + show(Array.prototype.flatMap.call({length: 2, 0: 1, 1: 2}, x => [x, x])));
t(() => { const o = {length: 0}; return show([Array.prototype.pop.call(o), Array.prototype.shift.call(o), o]) });
t(() => { const o = {}; return show([Array.prototype.push.call(o), o]) });
t(() => { const o = {length: -5}; Array.prototype.push.call(o, 1); return show(o) });
t(() => { const o = {length: 2.7, 0: 'a', 1: 'b', 2: 'c'}; return Array.prototype.join.call(o) });
t(() => { const o = {length: '3', 0: 'a'}; return Array.prototype.map.call(o, x => x).length });
// Primitives as this.
t(() => Array.prototype.map.call('abc', x => x.toUpperCase()).join(''));
t(() => Array.prototype.push.call('abc', 1));
t(() => Array.prototype.pop.call('abc'));
t(() => Array.prototype.reverse.call('abc'));
t(() => Array.prototype.fill.call('abc', 1));
t(() => Array.prototype.push.call(Object.freeze({length: 0}), 1));
t(() => Array.prototype.pop.call(Object.freeze({length: 0})));
t(() => Array.prototype.push.call(Object.freeze({}), 1));
t(() => { const o = Object.defineProperty({length: 1}, 'length', {writable: false}); return Array.prototype.push.call(o) });

// expect: at "v2" len idx g2
// expect: includes true len from g0 g1
// expect: includes0 false len
// expect: indexOf 2 len from g1 g2
// expect: lastIndexOf 0 len from g2 g1 g0
// expect: slice ["v1","v2"] len start end g1 g2
// expect: fill {"0":"v0","1":"v1","2":"v2"} len start end s1=x g0 g1 g2
// expect: copyWithin 1 len t s e g2 s0=v2 g3 s1=v3
// expect: join "v0+v1+v2" len sep g0 g1 g2
// expect: reverse 1 len g0 g3 s0=v3 s3=v0 g1 g2 s1=v2 s2=v1
// expect: pop "TypeError: Cannot set property length of #<Object> which has only a getter" len g1
// expect: shift "TypeError: Cannot set property length of #<Object> which has only a getter" len g0 g1 s0=v1 g2 s1=v2
// expect: unshift "TypeError: Cannot set property length of #<Object> which has only a getter" len g1 g0 s1=v0 s0=a
// expect: push "TypeError: Cannot set property length of #<Object> which has only a getter" len
// expect: splice "TypeError: Cannot set property length of #<Object> which has only a getter" len start dc g1 g2 g3 s2=v3 s1=X
// expect: splice-grow "TypeError: Cannot set property length of #<Object> which has only a getter" len g2 g1 s1=X s2=Y
// expect: toSpliced ["v0","X","v3"] len start dc g0 g3
// expect: with ["v0","W","v2"] len idx g0 g2
// expect: toReversed ["v2","v1","v0"] len g2 g1 g0
// expect: toSorted ["v0","v1","v2"] len g0 g1 g2
// expect: sort 1 len g0 g1 g2 s0=v2 s1=v1 s2=v0
// expect: map ["v0!","v1!"] len g0 g1
// expect: mapNotFn "TypeError: 5 is not a function" len
// expect: reduceEmpty "TypeError: Reduce of empty array with no initial value" len
// expect: flat ["v0","v1"] len depth g0 g1
// expect: concat [{}] 
// expect: find "v1" len g0 g1
// expect: findLast "v1" len g2 g1
// expect: entries [[0,"v0"],[1,"v1"]] len g0 len g1 len
// expect: from ["v0?","v1?"] len g0 g1
// expect: toLocaleString "v0,v1" len g0 g1
// expect: every false len g0 g1
// expect: ["a0","b1",null,"d3","e4"]
// expect: ["a","d","e"]
// expect: 0aobject,1bobject,3dobject,4eobject
// expect: true true
// expect: abde >edba
// expect: 3 0 true -1
// expect: undefined 2 e -1
// expect: ["e",{"0":"a","1":"b","3":"d","5":"beyond","length":4}]
// expect: [7,{"0":"a","1":"b","3":"d","4":"e","5":"x","6":"y","length":7}]
// expect: ["a",{"0":"b","2":"d","3":"e","5":"beyond","length":4}]
// expect: [7,{"0":"x","1":"y","2":"a","3":"b","5":"d","6":"e","length":7}]
// expect: [{"0":"e","1":"d","3":"b","4":"a","5":"beyond","length":5},{"0":"e","1":"d","3":"b","4":"a","5":"beyond","length":5}]
// expect: [["b",null],{"0":"a","1":"X","2":"d","3":"e","5":"beyond","length":4}]
// expect: [[],{"0":"a","1":"X","2":"Y","3":"Z","4":"b","6":"d","7":"e","length":8}]
// expect: [[],{"0":"a","1":"b","3":"d","4":"e","5":"beyond","length":5}]
// expect: [["d","e"],{"0":"a","1":"b","5":"beyond","length":3}]
// expect: ["b",null,"d"]
// expect: {"0":"a","1":0,"2":0,"3":"d","4":"e","5":"beyond","length":5}
// expect: {"0":"d","1":"e","3":"d","4":"e","5":"beyond","length":5}
// expect: {"0":"a","1":"b","2":"a","3":"b","5":"beyond","length":5}
// expect: [{"0":"a","1":"b","3":"d","4":"e","5":"beyond","length":5},1,null,2,"x"]
// expect: "e"
// expect: ["e","d",null,"b","a"]["a","b","d","e",null]["a","b",null,"d","W"]["a","S","d","e"]
// expect: [1,[2],3][1,1,2,2]
// expect: [null,null,{"length":0}]
// expect: [0,{"length":0}]
// expect: {"0":1,"length":1}
// expect: a,b
// expect: 3
// expect: ABC
// expect: TypeError: Cannot assign to read only property 'length' of object '[object String]'
// expect: TypeError: Cannot delete property '2' of [object String]
// expect: TypeError: Cannot assign to read only property '0' of object '[object String]'
// expect: TypeError: Cannot assign to read only property '0' of object '[object String]'
// expect: TypeError: Cannot add property 0, object is not extensible
// expect: TypeError: Cannot assign to read only property 'length' of object '#<Object>'
// expect: TypeError: Cannot add property 0, object is not extensible
// expect: TypeError: Cannot assign to read only property 'length' of object '#<Object>'
