// Array methods through a Proxy: the exact sequence of internal methods
// (has/get/set/deleteProperty/defineProperty) the generic algorithms run.
let log = [];
function traced(target) {
  return new Proxy(target, {
    has(t, k) { log.push('has ' + String(k)); return Reflect.has(t, k) },
    get(t, k, r) { log.push('get ' + String(k)); return Reflect.get(t, k, r) },
    set(t, k, v, r) { log.push('set ' + String(k) + '=' + String(v)); return Reflect.set(t, k, v, r) },
    deleteProperty(t, k) { log.push('delete ' + String(k)); return Reflect.deleteProperty(t, k) },
    defineProperty(t, k, d) { log.push('define ' + String(k)); return Reflect.defineProperty(t, k, d) },
  });
}
function run(name, f) { log = []; let r; try { r = f(); } catch (e) { r = e.constructor.name + ': ' + e.message } console.log(name, JSON.stringify(r)); console.log('  [' + log.join(', ') + ']') }
run('isArray', () => [Array.isArray(traced([])), Array.isArray(traced({}))]);
run('map', () => traced([1, , 3]).map(x => x * 2));
run('filter', () => traced([1, 2]).filter(x => x > 1));
run('forEach', () => traced([1, , 3]).forEach(() => {}));
run('indexOf', () => traced([1, , 3]).indexOf(3));
run('includes', () => traced([1, , 3]).includes(9));
run('lastIndexOf', () => traced([1, , 3]).lastIndexOf(1));
run('join', () => traced([1, , 3]).join());
run('push', () => traced([1]).push(2, 3));
run('pop', () => traced([1, 2]).pop());
run('shift', () => traced([1, , 3]).shift());
run('unshift', () => traced([1, , 3]).unshift(0));
run('reverse', () => traced([1, , 3, 4]).reverse().length);
run('splice', () => traced([1, 2, 3, 4]).splice(1, 1, 'a', 'b'));
run('splice-shrink', () => traced([1, 2, 3, 4]).splice(0, 2, 'x'));
run('slice', () => traced([1, , 3]).slice(0, 2));
run('concat', () => [0].concat(traced([1, , 3])));
run('sort', () => traced([3, , 1, undefined]).sort().length);
run('toSorted', () => traced([3, , 1]).toSorted());
run('fill', () => traced([1, 2, 3]).fill(0, 1));
run('copyWithin', () => traced([1, , 3, 4]).copyWithin(0, 1, 3).length);
run('flat', () => traced([[1], , 2]).flat());
run('at', () => traced([1, 2]).at(-1));
run('with', () => traced([1, 2]).with(0, 9));
run('toReversed', () => traced([1, , 3]).toReversed());
run('toSpliced', () => traced([1, 2, 3]).toSpliced(1, 1));
run('values', () => [...traced([1, 2])]);
run('from', () => Array.from(traced({length: 2, 0: 'a'})));
run('toString', () => traced([1, 2]).toString());
const revoked = Proxy.revocable([], {});
revoked.revoke();
run('revoked isArray', () => Array.isArray(revoked.proxy));
run('revoked map', () => [].concat.call(revoked.proxy));

// expect: isArray [true,false]
// expect:   []
// expect: map [2,null,6]
// expect:   [get map, get length, get constructor, has 0, get 0, has 1, has 2, get 2]
// expect: filter [2]
// expect:   [get filter, get length, get constructor, has 0, get 0, has 1, get 1]
// expect: forEach undefined
// expect:   [get forEach, get length, has 0, get 0, has 1, has 2, get 2]
// expect: indexOf 2
// expect:   [get indexOf, get length, has 0, get 0, has 1, has 2, get 2]
// expect: includes false
// expect:   [get includes, get length, get 0, get 1, get 2]
// expect: lastIndexOf 0
// expect:   [get lastIndexOf, get length, has 2, get 2, has 1, has 0, get 0]
// expect: join "1,,3"
// expect:   [get join, get length, get 0, get 1, get 2]
// expect: push 3
// expect:   [get push, get length, set 1=2, define 1, set 2=3, define 2, set length=3, define length]
// expect: pop 2
// expect:   [get pop, get length, get 1, delete 1, set length=1, define length]
// expect: shift 1
// expect:   [get shift, get length, get 0, has 1, delete 0, has 2, get 2, set 1=3, define 1, delete 2, set length=2, define length]
// expect: unshift 4
// expect:   [get unshift, get length, has 2, get 2, set 3=3, define 3, has 1, delete 2, has 0, get 0, set 1=1, define 1, set 0=0, define 0, set length=4, define length]
// expect: reverse 4
// expect:   [get reverse, get length, has 0, get 0, has 3, get 3, set 0=4, define 0, set 3=1, define 3, has 1, has 2, get 2, set 1=3, define 1, delete 2, get length]
// expect: splice [2]
// expect:   [get splice, get length, get constructor, has 1, get 1, has 3, get 3, set 4=4, define 4, has 2, get 2, set 3=3, define 3, set 1=a, define 1, set 2=b, define 2, set length=5, define length]
// expect: splice-shrink [1,2]
// expect:   [get splice, get length, get constructor, has 0, get 0, has 1, get 1, has 2, get 2, set 1=3, define 1, has 3, get 3, set 2=4, define 2, delete 3, set 0=x, define 0, set length=3, define length]
// expect: slice [1,null]
// expect:   [get slice, get length, get constructor, has 0, get 0, has 1]
// expect: concat [0,1,null,3]
// expect:   [get Symbol(Symbol.isConcatSpreadable), get length, has 0, get 0, has 1, has 2, get 2]
// expect: sort 4
// expect:   [get sort, get length, has 0, get 0, has 1, has 2, get 2, has 3, get 3, set 0=1, define 0, set 1=3, define 1, set 2=undefined, define 2, delete 3, get length]
// expect: toSorted [1,3,null]
// expect:   [get toSorted, get length, get 0, get 1, get 2]
// expect: fill [1,0,0]
// expect:   [get fill, get length, set 1=0, define 1, set 2=0, define 2, get toJSON, get length, get 0, get 1, get 2]
// expect: copyWithin 4
// expect:   [get copyWithin, get length, has 1, delete 0, has 2, get 2, set 1=3, define 1, get length]
// expect: flat [1,2]
// expect:   [get flat, get length, get constructor, has 0, get 0, has 1, has 2, get 2]
// expect: at 2
// expect:   [get at, get length, get 1]
// expect: with [9,2]
// expect:   [get with, get length, get 1]
// expect: toReversed [3,null,1]
// expect:   [get toReversed, get length, get 2, get 1, get 0]
// expect: toSpliced [1,3]
// expect:   [get toSpliced, get length, get 0, get 2]
// expect: values [1,2]
// expect:   [get Symbol(Symbol.iterator), get length, get 0, get length, get 1, get length]
// expect: from ["a",null]
// expect:   [get Symbol(Symbol.iterator), get length, get 0, get 1]
// expect: toString "1,2"
// expect:   [get toString, get join, get length, get 0, get 1]
// expect: revoked isArray "TypeError: Cannot perform 'IsArray' on a proxy that has been revoked"
// expect:   []
// expect: revoked map "TypeError: Cannot perform 'IsArray' on a proxy that has been revoked"
// expect:   []
