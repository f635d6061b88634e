function check(code) {
  try {
    eval(code);
    console.log("ok:", code);
  } catch (e) {
    console.log(e.constructor.name + ": " + e.message);
  }
}
check("'use strict'; var x = 010;");
check("'use strict'; var s = '\\07';");
check("'use strict'; function f(a, a) {}");
check("'use strict'; var arguments;");
check("'use strict'; eval = 1;");
check("'use strict'; delete x;");
check("'use strict'; var let = 1;");
check("'use strict'; var yield = 1;");
check("'use strict'; var implements;");
check("'use strict'; function eval() {}");
check("'use strict'; arguments++;");
check("var x = 010; x === 8 || (() => { throw 0; })();");
check("function g(a, a) { return a; }");
check("function h(a = 1) { 'use strict'; }");
check("'use strict'; ({ eval } = {});");

// expect: SyntaxError: Octal literals are not allowed in strict mode.
// expect: SyntaxError: Octal escape sequences are not allowed in strict mode.
// expect: SyntaxError: Duplicate parameter name not allowed in this context
// expect: SyntaxError: Unexpected eval or arguments in strict mode
// expect: SyntaxError: Unexpected eval or arguments in strict mode
// expect: SyntaxError: Delete of an unqualified identifier in strict mode.
// expect: SyntaxError: Unexpected strict mode reserved word
// expect: SyntaxError: Unexpected strict mode reserved word
// expect: SyntaxError: Unexpected strict mode reserved word
// expect: SyntaxError: Unexpected eval or arguments in strict mode
// expect: SyntaxError: Unexpected eval or arguments in strict mode
// expect: ok: var x = 010; x === 8 || (() => { throw 0; })();
// expect: ok: function g(a, a) { return a; }
// expect: SyntaxError: Illegal 'use strict' directive in function with non-simple parameter list
// expect: SyntaxError: Unexpected eval or arguments in strict mode
