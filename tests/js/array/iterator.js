// keys, values, entries, [Symbol.iterator] and %ArrayIteratorPrototype%.
function t(f) { try { console.log(f()) } catch (e) { console.log(e.constructor.name + ': ' + e.message) } }
t(() => { const it = [1, 2].entries(); return JSON.stringify([it.next(), it.next(), it.next(), it.next()]) });
t(() => [...['a', 'b'].keys()].join() + ' ' + [...['a', 'b'].values()].join() + ' ' + [...['a', 'b']].join());
t(() => [...[, 'a'].keys()].join() + ' ' + [...[, 'a']].length + ' ' + [...[, 'a'].entries()].join('|'));
t(() => { const a = [1, 2]; const it = a.values(); it.next(); a.push(3); return [...it].join() });
t(() => { const a = [1, 2, 3]; const it = a.values(); it.next(); a.length = 0; const r = it.next(); a.push(9); return JSON.stringify([r, it.next()]) });
t(() => Object.prototype.toString.call([].values()) + ' ' + String([].keys()));
t(() => { const it = [].values(); return it[Symbol.iterator]() === it });
t(() => Array.prototype[Symbol.iterator] === Array.prototype.values);
t(() => Array.prototype.values.call({length: 2, 0: 'x', 1: 'y'}).next().value);
t(() => [...Array.prototype.entries.call('ab')].join('|'));
t(() => [...Array.prototype.keys.call({length: 3})].join());
t(() => Array.prototype.values.call(null));
t(() => { let s = 0; for (const [i, v] of ['a', 'b'].entries()) s += i; return s });
t(() => { const AIP = Object.getPrototypeOf([].values()); return typeof AIP.next + ' ' + AIP.next.name + ' ' + AIP.next.length + ' ' + Object.getOwnPropertyNames(AIP) });
t(() => { const AIP = Object.getPrototypeOf([].values()); const d = Object.getOwnPropertyDescriptor(AIP, Symbol.toStringTag); return d.value + ' ' + d.writable + ' ' + d.enumerable + ' ' + d.configurable });
t(() => { const IP = Object.getPrototypeOf(Object.getPrototypeOf([].values())); return Reflect.ownKeys(IP).map(String).join() + ' ' + IP[Symbol.iterator].name + ' ' + IP[Symbol.iterator].length + ' ' + (Object.getPrototypeOf(IP) === Object.prototype) });
t(() => { const IP = Object.getPrototypeOf(Object.getPrototypeOf([].values())); const o = {}; return IP[Symbol.iterator].call(o) === o && IP[Symbol.iterator].call(5) });
t(() => { const IP = Object.getPrototypeOf(Object.getPrototypeOf([].values())); const d = Object.getOwnPropertyDescriptor(IP, Symbol.iterator); return d.writable + ' ' + d.enumerable + ' ' + d.configurable });
for (const recv of ['abc', 5, [], Object.create(null), function foo() {}, new Error('boom'), {}]) {
  t(() => [].keys().next.call(recv));
}
// An exhausted iterator stays done even when the array grows again.
t(() => { const a = [1]; const it = a.keys(); it.next(); it.next(); a.push(2); return it.next().done });
// Iterating an array-like with a length getter reads it on every step.
t(() => { let reads = 0; const o = {get length() { reads++; return 2 }, 0: 'a', 1: 'b'}; const r = [...Array.prototype.values.call(o)]; return r.join() + ' ' + reads });

// Patching the iteration protocol is seen by spread, for-of and destructuring.
{
const a = [1, 2, 3];
console.log([...a].join(), Math.max(...a));
const saved = Array.prototype[Symbol.iterator];
Array.prototype[Symbol.iterator] = function* () { yield 'x' };
console.log([...a].join());
Array.prototype[Symbol.iterator] = saved;
const AIP = Object.getPrototypeOf([][Symbol.iterator]());
const next = AIP.next;
AIP.next = function () { const r = next.call(this); if (!r.done) r.value *= 10; return r };
console.log([...a].join());
for (const x of a) console.log(x);
AIP.next = next;
console.log([...a].join());
const [p, q] = a; console.log(p, q);
}

// expect: [{"value":[0,1],"done":false},{"value":[1,2],"done":false},{"done":true},{"done":true}]
// expect: 0,1 a,b a,b
// expect: 0,1 2 0,|1,a
// expect: 2,3
// expect: [{"done":true},{"done":true}]
// expect: [object Array Iterator] [object Array Iterator]
// expect: true
// expect: true
// expect: x
// expect: 0,a|1,b
// expect: 0,1,2
// expect: TypeError: Cannot convert undefined or null to object
// expect: 1
// expect: function next 0 next
// expect: Array Iterator false false true
// expect: Symbol(Symbol.iterator) [Symbol.iterator] 0 true
// expect: 5
// expect: true false true
// expect: TypeError: Method Array Iterator.prototype.next called on incompatible receiver abc
// expect: TypeError: Method Array Iterator.prototype.next called on incompatible receiver 5
// expect: TypeError: Method Array Iterator.prototype.next called on incompatible receiver [object Array]
// expect: TypeError: Method Array Iterator.prototype.next called on incompatible receiver [object Object]
// expect: TypeError: Method Array Iterator.prototype.next called on incompatible receiver function foo() {}
// expect: TypeError: Method Array Iterator.prototype.next called on incompatible receiver Error: boom
// expect: TypeError: Method Array Iterator.prototype.next called on incompatible receiver #<Object>
// expect: true
// expect: a,b 3
// expect: 1,2,3 3
// expect: x
// expect: 10,20,30
// expect: 10
// expect: 20
// expect: 30
// expect: 1,2,3
// expect: 1 2
