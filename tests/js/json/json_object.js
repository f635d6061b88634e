console.log(typeof JSON, Object.prototype.toString.call(JSON), String(JSON));
console.log(Object.getOwnPropertyNames(JSON));
const tag = Object.getOwnPropertyDescriptor(JSON, Symbol.toStringTag);
console.log(tag.value, tag.writable, tag.enumerable, tag.configurable);
for (const name of ["parse", "stringify"]) {
  const d = Object.getOwnPropertyDescriptor(JSON, name);
  console.log(name, d.writable, d.enumerable, d.configurable, JSON[name].length, JSON[name].name);
}
const g = Object.getOwnPropertyDescriptor(globalThis, "JSON");
console.log(g.writable, g.enumerable, g.configurable);
console.log(Object.getPrototypeOf(JSON) === Object.prototype);
try { new JSON.parse("1"); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(JSON);

// expect: object [object JSON] [object JSON]
// expect: [ 'parse', 'stringify' ]
// expect: JSON false false true
// expect: parse true false true 2 parse
// expect: stringify true false true 3 stringify
// expect: true false true
// expect: true
// expect: TypeError JSON.parse is not a constructor
// expect: Object [JSON] {}
