// An unhandled rejection terminates the process with status 1.
async function fail() {
  await null;
  throw new TypeError("nobody caught this");
}
console.log("before");
fail();

// expect: before
// expect-error: TypeError: nobody caught this
// expect-exit: 1
