// Functions with default, rest or destructured parameters get an unmapped
// arguments object, even in sloppy mode.
function withDefault(a, b = 2) {
  a = "changed";
  return arguments[0];
}
console.log(withDefault("original"));

function withRest(a, ...r) {
  arguments[0] = "changed";
  return a;
}
console.log(withRest("original"));

function withPattern({ x }, y) {
  y = "changed";
  return arguments[1];
}
console.log(withPattern({ x: 1 }, "original"));

// arguments.length counts passed arguments, not parameters.
function lengths(a, b = 1, ...c) { return arguments.length; }
console.log(lengths(), lengths(1), lengths(1, 2, 3, 4));

// expect: original
// expect: original
// expect: original
// expect: 0 1 4
