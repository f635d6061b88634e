// Reading a let binding in its temporal dead zone at top level is fatal when uncaught.
function show() {
  return value;
}
console.log("calling too early");
show();
let value = 1;

// expect: calling too early
// expect-error: ReferenceError: Cannot access 'value' before initialization
// expect-exit: 1
