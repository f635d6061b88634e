let a = null;
a ??= "set by ??=";
a ??= "not set";
console.log(a);
let b = 0;
b ||= "set by ||=";
b ||= "not set";
console.log(b);
let c = 1;
c &&= "set by &&=";
console.log(c);
let d = 0;
d &&= "not set";
console.log(d);
// Short-circuit: setters are not called.
const log = [];
const obj = {
  _v: "truthy",
  get v() { log.push("get"); return this._v; },
  set v(x) { log.push("set " + x); this._v = x; },
};
obj.v ||= "ignored";
obj.v &&= "replaced";
obj.v ??= "ignored";
console.log(log.join(", "), obj._v);
// The right side is not evaluated when short-circuited.
let evaluated = 0;
const o = { x: 1 };
o.x ||= evaluated++;
o.y ??= evaluated++;
console.log(o.y, evaluated);
// Works with computed keys evaluated once.
let keyEvals = 0;
const target = {};
target[(keyEvals++, "k")] ??= "v";
console.log(target.k, keyEvals);
// On an undeclared variable, a ReferenceError.
try {
  undeclaredLogical ||= 1;
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
// Anonymous functions get the name of the target.
let named;
named ??= function () {};
let arrow;
arrow ||= () => {};
console.log(named.name, arrow.name);
// Writing to a read-only property in strict mode only throws when the write happens.
(function () {
  "use strict";
  const frozen = Object.freeze({ present: 1, zero: 0 });
  frozen.present ||= 2;
  console.log("no write needed", frozen.present);
  try {
    frozen.zero ||= 2;
  } catch (e) {
    console.log(e.constructor.name + ": " + e.message);
  }
})();

// expect: set by ??=
// expect: set by ||=
// expect: set by &&=
// expect: 0
// expect: get, get, set replaced, get replaced
// expect: 0 1
// expect: v 1
// expect: ReferenceError: undeclaredLogical is not defined
// expect: named arrow
// expect: no write needed 1
// expect: TypeError: Cannot assign to read only property 'zero' of object '#<Object>'
