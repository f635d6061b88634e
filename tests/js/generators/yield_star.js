function* inner() {
  const x = yield "inner 1";
  yield "inner got " + x;
  return "inner result";
}
function* outer() {
  yield "outer start";
  const r = yield* inner();
  yield "outer got " + r;
}
const o = outer();
const out = [];
out.push(o.next().value);
out.push(o.next().value);
out.push(o.next("sent").value);
out.push(o.next().value);
out.push(String(o.next().done));
console.log(out.join(" | "));
// yield* over arbitrary iterables.
function* all() {
  yield* [1, 2];
  yield* "ab";
  yield* new Set(["s"]);
}
console.log([...all()].join(","));
// Recursive yield* (tree walk).
function* walk(tree) {
  if (Array.isArray(tree)) for (const t of tree) yield* walk(t);
  else yield tree;
}
console.log([...walk([1, [2, [3, 4]], [[5]]])].join(""));
// yield* forwards return() to the inner iterator.
const log = [];
function* innerWithFinally() {
  try {
    yield 1;
    yield 2;
  } finally {
    log.push("inner finally");
  }
}
function* delegating() {
  try {
    yield* innerWithFinally();
  } finally {
    log.push("outer finally");
  }
}
for (const v of delegating()) break;
console.log(log.join(", "));
// yield* with a non-iterable throws.
function* bad() { yield* 5; }
try {
  bad().next();
} catch (e) {
  console.log(e.constructor.name);
}

// expect: outer start | inner 1 | inner got sent | outer got inner result | true
// expect: 1,2,a,b,s
// expect: 12345
// expect: inner finally, outer finally
// expect: TypeError
