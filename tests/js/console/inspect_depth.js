const deep = { l1: { l2: { l3: { l4: { l5: "bottom" } } } } };
console.log(deep);
console.log([[[[["five"]]]]]);
console.log({ a: [{ b: [{ c: [1] }] }] });
console.dir(deep, { depth: 0 });
console.dir(deep, { depth: 10 });
console.dir(deep, { depth: null });
console.dir([[[[["five"]]]]], { depth: 1 });
class K { constructor() { this.inner = { deeper: { deepest: {} } }; } }
console.log({ k: new K() });

// expect: { l1: { l2: { l3: [Object] } } }
// expect: [ [ [ [Array] ] ] ]
// expect: { a: [ { b: [Array] } ] }
// expect: { l1: [Object] }
// expect: {
// expect:   l1: {
// expect:     l2: { l3: { l4: { l5: 'bottom' } } }
// expect:   }
// expect: }
// expect: {
// expect:   l1: {
// expect:     l2: { l3: { l4: { l5: 'bottom' } } }
// expect:   }
// expect: }
// expect: [ [ [Array] ] ]
// expect: { k: K { inner: { deeper: [Object] } } }
