#!/usr/bin/env node
// A hashbang comment on the first line is allowed (ES2023).
console.log("hashbang ignored");
try {
  eval("1;\n#!/not/at/start");
} catch (e) {
  console.log("hashbang in eval:", e.constructor.name);
}
console.log(eval("#!/usr/bin/env node\n'hashbang at the start of eval'"));
try {
  new Function("#!x\nreturn 1");
} catch (e) {
  console.log("hashbang in Function body:", e.constructor.name);
}

// expect: hashbang ignored
// expect: hashbang in eval: SyntaxError
// expect: hashbang at the start of eval
// expect: hashbang in Function body: SyntaxError
