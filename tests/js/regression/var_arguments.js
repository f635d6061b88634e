// 'var arguments' starts as the arguments object; a parameter or function
// named arguments replaces it.
function a(x) { var arguments; return arguments.length; }
function b(arguments) { return arguments; }
function c() { function arguments() {} return typeof arguments; }
function d() { var arguments = 5; return arguments; }
console.log(a(1, 2, 3), b("param"), c(), d());

// expect: 3 param function 5
