// Property order and attributes of Object and Object.prototype match V8.
console.log(Object.getOwnPropertyNames(Object).filter((k) => k !== "groupBy").join());
console.log(Object.getOwnPropertyNames(Object.prototype).join());
// (groupBy, ES2024, is left out: node 20 does not have it yet.)
const lengths = Object.getOwnPropertyNames(Object)
  .filter((k) => k !== "groupBy" && typeof Object[k] === "function")
  .map((k) => k + "/" + Object[k].length);
console.log(lengths.join(" "));
console.log(Object.getOwnPropertyNames(Object.prototype)
  .filter((k) => k !== "__proto__" && typeof Object.prototype[k] === "function")
  .map((k) => k + "/" + Object.prototype[k].length).join(" "));
const d = Object.getOwnPropertyDescriptor(Object, "keys");
console.log(d.writable, d.enumerable, d.configurable);
const p = Object.getOwnPropertyDescriptor(Object, "prototype");
console.log(p.writable, p.enumerable, p.configurable);
console.log(Object.getOwnPropertySymbols(Object.prototype).length);
const names = Object.getOwnPropertyNames(Object.prototype).filter((k) => k !== "__proto__" && k !== "constructor");
console.log(names.map((k) => Object.prototype[k].name).join());
console.log("prototype" in Object.keys, Reflect.construct.length);
try { new Object.keys(); } catch (e) { console.log(e.constructor.name, e.message); }

// expect: length,name,prototype,assign,getOwnPropertyDescriptor,getOwnPropertyDescriptors,getOwnPropertyNames,getOwnPropertySymbols,hasOwn,is,preventExtensions,seal,create,defineProperties,defineProperty,freeze,getPrototypeOf,setPrototypeOf,isExtensible,isFrozen,isSealed,keys,entries,fromEntries,values
// expect: constructor,__defineGetter__,__defineSetter__,hasOwnProperty,__lookupGetter__,__lookupSetter__,isPrototypeOf,propertyIsEnumerable,toString,valueOf,__proto__,toLocaleString
// expect: assign/2 getOwnPropertyDescriptor/2 getOwnPropertyDescriptors/1 getOwnPropertyNames/1 getOwnPropertySymbols/1 hasOwn/2 is/2 preventExtensions/1 seal/1 create/2 defineProperties/2 defineProperty/3 freeze/1 getPrototypeOf/1 setPrototypeOf/2 isExtensible/1 isFrozen/1 isSealed/1 keys/1 entries/1 fromEntries/1 values/1
// expect: constructor/1 __defineGetter__/2 __defineSetter__/2 hasOwnProperty/1 __lookupGetter__/1 __lookupSetter__/1 isPrototypeOf/1 propertyIsEnumerable/1 toString/0 valueOf/0 toLocaleString/0
// expect: true false true
// expect: false false false
// expect: 0
// expect: __defineGetter__,__defineSetter__,hasOwnProperty,__lookupGetter__,__lookupSetter__,isPrototypeOf,propertyIsEnumerable,toString,valueOf,toLocaleString
// expect: false 2
// expect: TypeError Object.keys is not a constructor
