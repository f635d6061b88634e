function level3() { throw new TypeError("from level3"); }
function level2() { level3(); console.log("not reached"); }
function level1() {
  try {
    level2();
  } catch (e) {
    console.log("level1 caught", e.name, e.message);
    throw new RangeError("rethrown", { cause: e });
  }
}
try {
  level1();
} catch (e) {
  console.log("top caught", e.name, e.message, "cause:", e.cause.message);
}

// Any value can be thrown.
for (const value of [42, "str", null, undefined, { custom: true }, Symbol.iterator]) {
  try {
    throw value;
  } catch (caught) {
    console.log(typeof caught, caught === value);
  }
}

// Exceptions propagate through loops and finally blocks.
const trail = [];
try {
  for (let i = 0; i < 3; i++) {
    try {
      if (i === 1) throw new Error("stop at " + i);
      trail.push("ok" + i);
    } finally {
      trail.push("f" + i);
    }
  }
} catch (e) {
  trail.push(e.message);
}
console.log(trail.join(" | "));

// A catch block's scope does not leak.
try { throw 1; } catch (err) { var leakedVar = err; }
console.log(typeof err, leakedVar);

// expect: level1 caught TypeError from level3
// expect: top caught RangeError rethrown cause: from level3
// expect: number true
// expect: string true
// expect: object true
// expect: undefined true
// expect: object true
// expect: symbol true
// expect: ok0 | f0 | f1 | stop at 1
// expect: undefined 1
