function* guarded() {
  while (true) {
    try {
      yield "waiting";
    } catch (e) {
      console.log("caught inside:", e);
      yield "recovered";
    }
  }
}
const g = guarded();
g.next();
console.log(g.throw("oops").value);
console.log(g.next().value);
// Uncaught throw finishes the generator.
function* fragile() {
  yield 1;
  yield 2;
}
const f = fragile();
f.next();
try {
  f.throw(new Error("boom"));
} catch (e) {
  console.log("propagated:", e.message);
}
console.log(JSON.stringify(f.next()));
// throw() before start: the body never runs.
let ran = false;
function* neverRuns() { ran = true; yield; }
const n = neverRuns();
try {
  n.throw(new Error("early"));
} catch (e) {
  console.log(e.message, ran);
}
// finally runs on throw.
function* withFinally() {
  try {
    yield;
  } finally {
    console.log("finally on throw");
  }
}
const w = withFinally();
w.next();
try { w.throw("x"); } catch (e) { console.log("after finally:", e); }
// Generator running twice.
function* reentrant() { it.next(); yield; }
const it = reentrant();
try {
  it.next();
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}

// expect: caught inside: oops
// expect: recovered
// expect: waiting
// expect: propagated: boom
// expect: {"done":true}
// expect: early false
// expect: finally on throw
// expect: after finally: x
// expect: TypeError: Generator is already running
