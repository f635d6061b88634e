// Object.keys / values / entries: order, enumerability, symbols, getters.
const o = { b: 1, a: 2, 10: "ten", 2: "two", [Symbol("s")]: 3 };
Object.defineProperty(o, "hidden", { value: 4, enumerable: false });
console.log(Object.keys(o).join());
console.log(Object.values(o).join());
console.log(Object.entries(o).map(([k, v]) => k + "=" + v).join(" "));

// Primitives are wrapped; strings expose their indices.
console.log(Object.keys("abc").join(), Object.values("abc").join());
console.log(Object.entries(42).length, Object.keys(true).length);

// Arrays: indices first, holes skipped, length not enumerable.
const arr = [1, , 3];
arr.extra = "x";
console.log(Object.keys(arr).join(), Object.values(arr).join());

// A getter that deletes a later property makes values() skip it.
const g = {
  get first() { delete this.second; return "f"; },
  second: "s",
  third: "t",
};
console.log(Object.values(g).join());
console.log(Object.keys(g).join());

// Getters run with the object as receiver, in order.
const log = [];
const h = { get x() { log.push("x"); return 1; }, get y() { log.push("y"); return 2; } };
console.log(Object.entries(h).join(";"), log.join());

for (const bad of [null, undefined]) {
  try { Object.keys(bad); } catch (e) { console.log(e.constructor.name, e.message); }
  try { Object.entries(bad); } catch (e) { console.log(e.constructor.name, e.message); }
}

// expect: 2,10,b,a
// expect: two,ten,1,2
// expect: 2=two 10=ten b=1 a=2
// expect: 0,1,2 a,b,c
// expect: 0 0
// expect: 0,2,extra 1,3,x
// expect: f,t
// expect: first,third
// expect: x,1;y,2 x,y
// expect: TypeError Cannot convert undefined or null to object
// expect: TypeError Cannot convert undefined or null to object
// expect: TypeError Cannot convert undefined or null to object
// expect: TypeError Cannot convert undefined or null to object
