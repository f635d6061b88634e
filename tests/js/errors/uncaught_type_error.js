// An uncaught TypeError ends the process with status 1 after earlier output.
console.log("before the error");
let o;
function read() {
  return o.y;
}
read();
console.log("never printed");

// expect: before the error
// expect-error: TypeError: Cannot read properties of undefined (reading 'y')
// expect-exit: 1
