function* count() {
  yield 1;
  yield 2;
  return 3;
}
const g = count();
console.log(JSON.stringify(g.next()), JSON.stringify(g.next()), JSON.stringify(g.next()), JSON.stringify(g.next()));
// Generators start suspended: the body runs on the first next().
const log = [];
function* lazy() {
  log.push("started");
  yield;
  log.push("resumed");
}
const l = lazy();
console.log(log.length);
l.next();
console.log(log.join(","));
l.next();
console.log(log.join(","));
// Values sent with next().
function* echo() {
  const a = yield "first";
  const b = yield "got " + a;
  return "done with " + b;
}
const e = echo();
console.log(e.next("ignored").value, e.next("A").value, e.next("B").value);
// yield is an expression with low precedence.
function* expr() {
  const x = (yield 1) + (yield 2);
  yield x;
}
const ex = expr();
ex.next();
ex.next(10);
console.log(ex.next(20).value);
// A generator object is its own iterator.
const it = count();
console.log(it[Symbol.iterator]() === it, typeof it.next, Object.prototype.toString.call(it));
// Generator functions are not constructors.
try {
  new count();
} catch (err) {
  console.log(err.constructor.name + ": " + err.message);
}

// expect: {"value":1,"done":false} {"value":2,"done":false} {"value":3,"done":true} {"done":true}
// expect: 0
// expect: started
// expect: started,resumed
// expect: first got A done with B
// expect: 30
// expect: true function [object Generator]
// expect: TypeError: count is not a constructor
