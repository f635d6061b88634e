function attempt(...args) {
  try {
    Function(...args);
    console.log("ok:", JSON.stringify(args));
  } catch (e) {
    console.log(e.constructor.name + ": " + e.message);
  }
}
attempt("return +");
attempt("a b", "return 1");
attempt("}");
attempt("a", "}, function() {");
attempt("/*", "*/ return 1");
attempt("a,", "return a");
attempt("'use strict'; with ({}) {}");
attempt("a, a", "'use strict'; return a");
attempt("a, a", "return a");
attempt("let x; let x;");
attempt("super()");
attempt("yield", "return yield");

// expect: SyntaxError: Unexpected token '}'
// expect: SyntaxError: Arg string terminates parameters early
// expect: SyntaxError: Unexpected token '}'
// expect: SyntaxError: Single function literal required
// expect: SyntaxError: Unexpected end of arg string
// expect: ok: ["a,","return a"]
// expect: SyntaxError: Strict mode code may not include a with statement
// expect: SyntaxError: Duplicate parameter name not allowed in this context
// expect: ok: ["a, a","return a"]
// expect: SyntaxError: Identifier 'x' has already been declared
// expect: SyntaxError: 'super' keyword unexpected here
// expect: ok: ["yield","return yield"]
