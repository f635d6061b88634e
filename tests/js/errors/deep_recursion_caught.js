// Unbounded recursion raises a catchable RangeError.
function recurse(n) { return recurse(n + 1) + 1; }
try {
  recurse(0);
} catch (e) {
  console.log(e instanceof RangeError, e.name, e.message);
}
// The program keeps working afterwards.
function sum(n) { return n === 0 ? 0 : n + sum(n - 1); }
console.log(sum(1000));
// Mutual recursion also overflows.
function ping(n) { return pong(n + 1); }
function pong(n) { return ping(n + 1); }
try {
  ping(0);
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
// Overflow inside a constructor and a getter.
class Loop { constructor() { new Loop(); } }
try { new Loop(); } catch (e) { console.log("constructor:", e.message); }
const obj = { get self() { return this.self; } };
try { obj.self; } catch (e) { console.log("getter:", e.message); }
// finally blocks still run while unwinding.
let finallyRuns = 0;
function withFinally() {
  try { return withFinally(); } finally { finallyRuns++; }
}
try { withFinally(); } catch (e) { console.log("finally ran:", finallyRuns > 1000); }

// expect: true RangeError Maximum call stack size exceeded
// expect: 500500
// expect: RangeError: Maximum call stack size exceeded
// expect: constructor: Maximum call stack size exceeded
// expect: getter: Maximum call stack size exceeded
// expect: finally ran: true
