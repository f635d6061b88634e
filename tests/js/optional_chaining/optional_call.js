const o = {
  name: "o",
  greet() { return "hello from " + this.name; },
  nothing: null,
};
console.log(o.greet?.(), o.missing?.(), o.nothing?.());
// this is preserved by a?.b() and a.b?.().
console.log(o?.greet(), o?.greet?.());
const fn = null;
console.log(fn?.(1, 2));
// Arguments are not evaluated when short-circuited.
let count = 0;
fn?.(count++);
console.log("args evaluated", count);
// Not a function still throws.
const notFn = { x: 1 };
try {
  notFn.x?.();
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
// Optional call on a method that uses private state.
class Box {
  #v = "private value";
  get() { return this.#v; }
}
const box = new Box();
console.log(box.get?.(), box?.get());
// Optional chaining with call and member after it.
const api = { data: () => ({ items: ["a", "b"] }) };
console.log(api.data?.().items?.[1], api.nope?.().items[1]);
// eval?.() is an indirect eval.
var scopeVar = "function scope";
function test() {
  var scopeVar = "local";
  return [eval("scopeVar"), eval?.("typeof scopeVar")];
}
console.log(test().join(" / "));

// expect: hello from o undefined undefined
// expect: hello from o hello from o
// expect: undefined
// expect: args evaluated 0
// expect: TypeError: notFn.x is not a function
// expect: private value private value
// expect: b undefined
// expect: local / undefined
