// A syntax error anywhere in the file means nothing runs at all.
console.log("never printed");
let value = 1;
let value = 2;

// expect-error: SyntaxError: Identifier 'value' has already been declared
// expect-exit: 1
