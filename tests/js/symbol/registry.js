function attempt(f) {
  try { return f(); } catch (e) { return e.constructor.name + ": " + e.message; }
}
const a = Symbol.for("app.key");
console.log(a === Symbol.for("app.key"), a.description, Symbol.keyFor(a));
console.log(Symbol.for() === Symbol.for("undefined"), Symbol.for().toString());
console.log(Symbol.for(1) === Symbol.for("1"));
console.log(Symbol.keyFor(Symbol("app.key")), Symbol.keyFor(Symbol.iterator));
console.log(Symbol.for("app.key") !== Symbol("app.key"));
for (const v of [{}, undefined, 1, "s", function () {}, [1, 2]]) {
  console.log(attempt(() => Symbol.keyFor(v)));
}
console.log(attempt(() => Symbol.for(Symbol())));
console.log(Symbol.for.length, Symbol.keyFor.length, Symbol.for.name);

// expect: true app.key app.key
// expect: true Symbol(undefined)
// expect: true
// expect: undefined undefined
// expect: true
// expect: TypeError: #<Object> is not a symbol
// expect: TypeError: undefined is not a symbol
// expect: TypeError: 1 is not a symbol
// expect: TypeError: s is not a symbol
// expect: TypeError: function () {} is not a symbol
// expect: TypeError: [object Array] is not a symbol
// expect: TypeError: Cannot convert a Symbol value to a string
// expect: 1 1 for
