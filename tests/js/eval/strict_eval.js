// Strict direct eval gets its own var scope.
function strictCaller() {
  "use strict";
  eval("var inner = 1");
  return typeof inner;
}
console.log(strictCaller());
// An eval'd "use strict" directive also isolates vars.
function sloppyCaller() {
  eval("'use strict'; var isolated = 1");
  return typeof isolated;
}
console.log(sloppyCaller());
// Strict eval code still sees the caller's variables.
function sees() {
  "use strict";
  const visible = "yes";
  return eval("visible");
}
console.log(sees());
// Strict mode errors inside eval.
for (const code of ["'use strict'; undeclaredStrict = 1", "'use strict'; with ({}) {}", "'use strict'; var eval = 1", "'use strict'; 010"]) {
  try {
    eval(code);
  } catch (e) {
    console.log(e.constructor.name + ": " + e.message);
  }
}
// Indirect eval of strict code.
(0, eval)("'use strict'; var notGlobal = 1");
console.log(typeof globalThis.notGlobal);
// this in strict direct eval inside a strict function called plainly.
function strictThis() { "use strict"; return eval("this"); }
console.log(strictThis());

// expect: undefined
// expect: undefined
// expect: yes
// expect: ReferenceError: undeclaredStrict is not defined
// expect: SyntaxError: Strict mode code may not include a with statement
// expect: SyntaxError: Unexpected eval or arguments in strict mode
// expect: SyntaxError: Octal literals are not allowed in strict mode.
// expect: undefined
// expect: undefined
