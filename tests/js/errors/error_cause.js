const root = new Error("root cause");
const wrapped = new Error("wrapper", { cause: root });
console.log(wrapped.cause === root, wrapped.cause.message);
console.log(Object.hasOwn(wrapped, "cause"), Object.getOwnPropertyDescriptor(wrapped, "cause").enumerable);
// cause can be any value, including undefined.
console.log(new Error("x", { cause: 0 }).cause, new Error("x", { cause: undefined }).cause, "cause" in new Error("x", { cause: undefined }));
// Without a cause option there is no own cause property.
console.log("cause" in new Error("x"), "cause" in new Error("x", {}), "cause" in new Error("x", null));
// Options must be an object to be consulted.
console.log("cause" in new Error("x", "not an object"));
// Inherited cause counts.
console.log(new Error("x", Object.create({ cause: "inherited" })).cause);
// All native error constructors accept it.
for (const C of [TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError]) {
  console.log(C.name, new C("m", { cause: C.name }).cause);
}
console.log(new AggregateError([], "agg", { cause: "agg cause" }).cause);
// A chain of causes.
function chain(depth) {
  let err = new Error("level 0");
  for (let i = 1; i <= depth; i++) err = new Error("level " + i, { cause: err });
  const msgs = [];
  for (let e = err; e; e = e.cause) msgs.push(e.message);
  return msgs.join(" <- ");
}
console.log(chain(3));

// expect: true root cause
// expect: true false
// expect: 0 undefined true
// expect: false false false
// expect: false
// expect: inherited
// expect: TypeError TypeError
// expect: RangeError RangeError
// expect: SyntaxError SyntaxError
// expect: ReferenceError ReferenceError
// expect: EvalError EvalError
// expect: URIError URIError
// expect: agg cause
// expect: level 3 <- level 2 <- level 1 <- level 0
