function point({ x, y }) { return x + y; }
console.log(point({ x: 1, y: 2 }));
function first([a]) { return a; }
console.log(first("xyz"));
const arrow = ({ a }, [b]) => a + b;
console.log(arrow({ a: "A" }, ["B"]));
function all({ a = 1 } = {}, [b = 2] = [], ...[c = 3]) { return a + b + c; }
console.log(all(), all({ a: 10 }, [20], 30));
// Pattern parameters count toward length only before defaults.
console.log(point.length, all.length, ((a, { b }) => 0).length);
// Destructuring in catch and for-of.
for (const [k, v] of Object.entries({ one: 1, two: 2 })) console.log(k, v);
for (const { id, tags: [tag = "none"] = [] } of [{ id: 1, tags: ["t"] }, { id: 2 }]) console.log(id, tag);
// Methods with destructured params.
const obj = { m({ n }) { return n * 2; } };
console.log(obj.m({ n: 21 }));
// Class constructor with destructuring.
class P { constructor({ name, age = 0 }) { this.desc = name + ":" + age; } }
console.log(new P({ name: "p" }).desc);

// expect: 3
// expect: x
// expect: AB
// expect: 6 60
// expect: 1 0 2
// expect: one 1
// expect: two 2
// expect: 1 t
// expect: 2 none
// expect: 42
// expect: p:0
