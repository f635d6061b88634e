console.log(eval("1; 2; 3"));
console.log(eval("var a = 5"));
console.log(eval("let b = 5; b * 2"));
console.log(eval("if (true) { 'then' } else { 'else' }"));
console.log(eval("if (false) { 'then' }"));
console.log(eval("for (let i = 0; i < 3; i++) i * 10"));
console.log(eval("let n = 0; while (n < 4) { n++; }"));
console.log(eval("1; while (false) {}"));
console.log(eval("do { 'body' } while (false)"));
console.log(eval("switch (2) { case 1: 'one'; case 2: 'two'; case 3: 'three'; }"));
console.log(eval("try { 'try' } finally { 'finally' }"));
console.log(eval("try { throw 1 } catch (e) { 'caught' }"));
console.log(eval("x: { 'labeled'; break x; }"));
console.log(eval("1; function f() {}"));
console.log(eval("2; var v;"));
console.log(eval("3; {}"));
console.log(eval("'before'; for (const x of []) {}"));
console.log(eval("(function () { return 'fn' })()"));
console.log(eval("({ a: 1 }).a"), eval("{ a: 1 }"));
console.log(eval(""), eval(" "), eval("// just a comment"));
console.log(typeof eval("(function named() {})"), eval("(class K {})").name);

// expect: 3
// expect: undefined
// expect: 10
// expect: then
// expect: undefined
// expect: 20
// expect: 3
// expect: undefined
// expect: body
// expect: three
// expect: try
// expect: caught
// expect: labeled
// expect: 1
// expect: 2
// expect: 3
// expect: undefined
// expect: fn
// expect: 1 1
// expect: undefined undefined undefined
// expect: function K
