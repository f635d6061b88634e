console.log("throwing a string");
throw "plain string value";

// expect: throwing a string
// expect-error: plain string value
// expect-exit: 1
