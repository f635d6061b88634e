const s1 = Symbol("one"), s2 = Symbol("two");
const o = { z: 1, [s2]: 2, 5: "five", a: 3, 1: "one", [s1]: 4, "-1": "neg", "01": "lead" };
console.log(Object.getOwnPropertyNames(o).join());
console.log(Object.getOwnPropertySymbols(o).map(String).join());
console.log(Reflect.ownKeys(o).map(String).join());
console.log(Object.getOwnPropertyNames("hi").join(), Object.getOwnPropertySymbols("hi").length);
console.log(Object.getOwnPropertyNames([1, 2]).join());
function f(a, b) { "use strict"; }
console.log(Object.getOwnPropertyNames(f).sort().join());
try { Object.getOwnPropertyNames(null); } catch (e) { console.log(e.message); }
try { Object.getOwnPropertySymbols(undefined); } catch (e) { console.log(e.message); }

// expect: 1,5,z,a,-1,01
// expect: Symbol(two),Symbol(one)
// expect: 1,5,z,a,-1,01,Symbol(two),Symbol(one)
// expect: 0,1,length 0
// expect: 0,1,length
// expect: length,name,prototype
// expect: Cannot convert undefined or null to object
// expect: Cannot convert undefined or null to object
