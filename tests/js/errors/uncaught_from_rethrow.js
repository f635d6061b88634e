function risky() {
  throw new RangeError("out of range: 42");
}
try {
  risky();
} catch (e) {
  console.log("logging and rethrowing:", e.message);
  throw e;
}

// expect: logging and rethrowing: out of range: 42
// expect-error: RangeError: out of range: 42
// expect-exit: 1
