try {
  eval("let = ;");
} catch (e) {
  console.log(e instanceof SyntaxError, e.constructor.name);
}
try {
  eval("throw new RangeError('thrown inside eval')");
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
try {
  eval("}");
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
try {
  eval("let x = 1; let x = 2;");
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
try {
  eval("return 1");
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
try {
  eval("break");
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
try {
  eval("'unterminated");
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
// Non-string arguments are returned unchanged.
const obj = {};
console.log(eval(obj) === obj, eval(42), eval(), eval(new String("1 + 1")) instanceof String);
// Syntax errors thrown by eval are catchable and don't affect the caller.
let after = "still running";
console.log(after);

// expect: true SyntaxError
// expect: RangeError: thrown inside eval
// expect: SyntaxError: Unexpected token '}'
// expect: SyntaxError: Identifier 'x' has already been declared
// expect: SyntaxError: Illegal return statement
// expect: SyntaxError: Illegal break statement
// expect: SyntaxError: Invalid or unexpected token
// expect: true 42 undefined true
// expect: still running
