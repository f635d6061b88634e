const a = { name: "a" };
a.self = a;
console.log(a);
const b = { list: [] };
b.list.push(b, { back: b });
console.log(b);
const c1 = {};
const c2 = { c1 };
c1.c2 = c2;
console.log([c1, c2]);
const arr = [1];
arr.push(arr);
console.log(arr);
const x = { y: { z: {} } };
x.y.z.x = x;
x.y.z.y = x.y;
console.log(x);
const shared = { s: 1 };
console.log({ first: shared, second: shared });

// expect: <ref *1> { name: 'a', self: [Circular *1] }
// expect: <ref *1> { list: [ [Circular *1], { back: [Circular *1] } ] }
// expect: [
// expect:   <ref *1> { c2: { c1: [Circular *1] } },
// expect:   <ref *2> { c1: <ref *1> { c2: [Circular *2] } }
// expect: ]
// expect: <ref *1> [ 1, [Circular *1] ]
// expect: <ref *1> { y: <ref *2> { z: { x: [Circular *1], y: [Circular *2] } } }
// expect: { first: { s: 1 }, second: { s: 1 } }
