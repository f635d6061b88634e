// finally blocks run before the uncaught error is reported.
try {
  console.log("in try");
  null.prop;
} finally {
  console.log("in finally");
}

// expect: in try
// expect: in finally
// expect-error: TypeError: Cannot read properties of null (reading 'prop')
// expect-exit: 1
