// The properties of Array and Array.prototype: order, attributes, names and
// lengths; Array.prototype[Symbol.unscopables].
for (const k of Reflect.ownKeys(Array.prototype)) {
  const d = Object.getOwnPropertyDescriptor(Array.prototype, k);
  console.log(String(k), typeof d.value, d.writable, d.enumerable, d.configurable, typeof d.value === 'function' ? d.value.name + '/' + d.value.length : '');
}
for (const k of Reflect.ownKeys(Array)) {
  const d = Object.getOwnPropertyDescriptor(Array, k);
  console.log(String(k), typeof d.value, d.writable, d.enumerable, d.configurable, typeof d.get);
}
const u = Array.prototype[Symbol.unscopables];
console.log(Object.getPrototypeOf(u), Reflect.ownKeys(u).join());
const d = Object.getOwnPropertyDescriptor(u, 'at');
console.log(d.value, d.writable, d.enumerable, d.configurable);
with ([]) { console.log(typeof values, typeof at, typeof push, typeof join, typeof length) }
console.log(Array.prototype.hasOwnProperty('length'), Array.prototype.length, Array.isArray(Array.prototype));
console.log(typeof Array.fromAsync, typeof Array.prototype.group);

// expect: length number true false false 
// expect: constructor function true false true Array/1
// expect: at function true false true at/1
// expect: concat function true false true concat/1
// expect: copyWithin function true false true copyWithin/2
// expect: fill function true false true fill/1
// expect: find function true false true find/1
// expect: findIndex function true false true findIndex/1
// expect: findLast function true false true findLast/1
// expect: findLastIndex function true false true findLastIndex/1
// expect: lastIndexOf function true false true lastIndexOf/1
// expect: pop function true false true pop/0
// expect: push function true false true push/1
// expect: reverse function true false true reverse/0
// expect: shift function true false true shift/0
// expect: unshift function true false true unshift/1
// expect: slice function true false true slice/2
// expect: sort function true false true sort/1
// expect: splice function true false true splice/2
// expect: includes function true false true includes/1
// expect: indexOf function true false true indexOf/1
// expect: join function true false true join/1
// expect: keys function true false true keys/0
// expect: entries function true false true entries/0
// expect: values function true false true values/0
// expect: forEach function true false true forEach/1
// expect: filter function true false true filter/1
// expect: flat function true false true flat/0
// expect: flatMap function true false true flatMap/1
// expect: map function true false true map/1
// expect: every function true false true every/1
// expect: some function true false true some/1
// expect: reduce function true false true reduce/1
// expect: reduceRight function true false true reduceRight/1
// expect: toLocaleString function true false true toLocaleString/0
// expect: toString function true false true toString/0
// expect: toReversed function true false true toReversed/0
// expect: toSorted function true false true toSorted/1
// expect: toSpliced function true false true toSpliced/2
// expect: with function true false true with/2
// expect: Symbol(Symbol.iterator) function true false true values/0
// expect: Symbol(Symbol.unscopables) object false false true 
// expect: length number false false true undefined
// expect: name string false false true undefined
// expect: prototype object false false false undefined
// expect: isArray function true false true undefined
// expect: from function true false true undefined
// expect: of function true false true undefined
// expect: Symbol(Symbol.species) undefined undefined false true function
// expect: null at,copyWithin,entries,fill,find,findIndex,findLast,findLastIndex,flat,flatMap,includes,keys,values,toReversed,toSorted,toSpliced
// expect: true true true true
// expect: undefined undefined function function number
// expect: true 0 true
// expect: undefined undefined
