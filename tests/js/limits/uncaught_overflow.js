// An uncaught stack overflow ends the program with status 1.
console.log("start");
function forever() { return forever(); }
forever();

// expect: start
// expect-error: RangeError: Maximum call stack size exceeded
// expect-exit: 1
