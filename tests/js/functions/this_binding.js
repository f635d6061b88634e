function sloppy() { return this; }
function strict() { "use strict"; return this; }
console.log(sloppy() === globalThis, strict());

const obj = {
  name: "obj",
  method() { return this.name; },
  arrow: () => typeof this,
  nested() {
    const inner = () => this.name;
    function plain() { return this === globalThis; }
    return inner() + " " + plain();
  },
};
console.log(obj.method(), obj.nested());
// At top level of a CommonJS module, this is module.exports, so arrows see it.
console.log(obj.arrow());

// Detached methods lose this.
const detached = obj.method;
console.log(detached.call({ name: "other" }));
try {
  const strictObj = { m() { "use strict"; return this.x; } };
  const m = strictObj.m;
  m();
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}

// Primitive this is boxed in sloppy mode, not in strict mode.
console.log(typeof sloppy.call(5), typeof strict.call(5));
console.log(sloppy.call(null) === globalThis, strict.call(null));
console.log(sloppy.call(undefined) === globalThis, strict.call(undefined));

// Methods found via the prototype get the receiver as this.
const proto = { who() { return this.id; } };
const child = Object.create(proto);
child.id = "child";
console.log(child.who());

// Getters get the receiver.
const g = { get me() { return this; } };
console.log(g.me === g);
// Parenthesized member call keeps this.
console.log((obj.method)());
// Callbacks get undefined (sloppy: globalThis).
console.log([1].map(function () { return this === globalThis; })[0]);
console.log([1].map(function () { return this; }, "ctx")[0] instanceof String);

// expect: true undefined
// expect: obj obj true
// expect: object
// expect: other
// expect: TypeError: Cannot read properties of undefined (reading 'x')
// expect: object number
// expect: true null
// expect: true undefined
// expect: child
// expect: true
// expect: obj
// expect: true
// expect: true
