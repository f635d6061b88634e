console.log(typeof undefined);
console.log(typeof null);
console.log(typeof true);
console.log(typeof 0, typeof NaN, typeof -Infinity);
console.log(typeof 10n);
console.log(typeof "");
console.log(typeof Symbol());
console.log(typeof {}, typeof [], typeof /x/);
console.log(typeof function () {}, typeof (() => {}), typeof class {});
console.log(typeof function* () {}, typeof async function () {});
console.log(typeof Math.max, typeof Math);
console.log(typeof new Number(1), typeof Object(1n));
console.log(typeof notDeclaredAnywhere);
console.log(typeof typeof 1);
console.log(typeof new Proxy(function () {}, {}));
console.log(typeof new Proxy({}, {}));
// typeof does not protect a binding in its temporal dead zone.
try {
  typeof later;
  let later = 1;
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
// typeof of a property that throws still throws.
const o = { get boom() { throw new Error("getter ran"); } };
try { typeof o.boom; } catch (e) { console.log(e.message); }

// expect: undefined
// expect: object
// expect: boolean
// expect: number number number
// expect: bigint
// expect: string
// expect: symbol
// expect: object object object
// expect: function function function
// expect: function function
// expect: function object
// expect: object object
// expect: undefined
// expect: string
// expect: function
// expect: object
// expect: ReferenceError: Cannot access 'later' before initialization
// expect: getter ran
