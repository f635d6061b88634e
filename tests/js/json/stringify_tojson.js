console.log(JSON.stringify({ a: { toJSON(k) { return "key:" + k; } } }));
console.log(JSON.stringify([{ toJSON(k) { return "idx:" + k + ":" + typeof k; } }]));
console.log(JSON.stringify({ toJSON() { return undefined; } }));
console.log(JSON.stringify({ x: { toJSON() { return { nested: true }; } } }));
console.log(JSON.stringify({ toJSON: "not callable", v: 1 }));
BigInt.prototype.toJSON = function () { return this.toString() + "n"; };
console.log(JSON.stringify({ big: 10n }));
delete BigInt.prototype.toJSON;
const self = {};
self.toJSON = () => self;
try {
  console.log(JSON.stringify([self]));
} catch (e) {
  console.log(e.name, e.message);
}
class Money {
  constructor(c) { this.cents = c; }
  toJSON() { return (this.cents / 100).toFixed(2); }
}
console.log(JSON.stringify({ price: new Money(1234) }, null, 1));

// expect: {"a":"key:a"}
// expect: ["idx:0:string"]
// expect: undefined
// expect: {"x":{"nested":true}}
// expect: {"toJSON":"not callable","v":1}
// expect: {"big":"10n"}
// expect: [{}]
// expect: {
// expect:  "price": "12.34"
// expect: }
