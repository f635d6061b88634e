let depthReached = 0;
function runaway(n) {
  depthReached = n;
  runaway(n + 1);
}
try {
  runaway(1);
} catch (e) {
  console.log(e instanceof RangeError, e.message);
  console.log("went deeper than 5000:", depthReached > 5000);
}
// Recovery: the stack is usable again, repeatedly.
for (let i = 0; i < 3; i++) {
  try {
    runaway(1);
  } catch (e) {
    console.log("attempt", i, e.name);
  }
}
// Catching at every level still terminates.
let caughtLevels = 0;
function catchy() {
  try {
    catchy();
  } catch (e) {
    caughtLevels++;
    throw e;
  }
}
try {
  catchy();
} catch (e) {
  console.log("rethrown through many frames:", e.message, caughtLevels > 1000);
}
// Overflow in a callback from a builtin.
function viaMap() { return [0].map(viaMap); }
try {
  viaMap();
} catch (e) {
  console.log("through Array.prototype.map:", e.constructor.name);
}

// expect: true Maximum call stack size exceeded
// expect: went deeper than 5000: true
// expect: attempt 0 RangeError
// expect: attempt 1 RangeError
// expect: attempt 2 RangeError
// expect: rethrown through many frames: Maximum call stack size exceeded true
// expect: through Array.prototype.map: RangeError
