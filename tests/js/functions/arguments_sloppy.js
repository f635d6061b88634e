// In sloppy functions with simple parameters, arguments is mapped.
function mapped(a, b) {
  arguments[0] = "changed via arguments";
  b = "changed via param";
  return [a, arguments[1], arguments.length].join(" | ");
}
console.log(mapped(1, 2));

// Only passed arguments are mapped.
function partial(a, b) {
  b = "set";
  return arguments.length + " " + arguments[1];
}
console.log(partial(1));

// Deleting breaks the mapping.
function unlink(a) {
  delete arguments[0];
  arguments[0] = "new";
  return a;
}
console.log(unlink("original"));

// arguments is array-like, not an array.
function shape() {
  return [
    typeof arguments,
    Array.isArray(arguments),
    arguments.length,
    Object.prototype.toString.call(arguments),
    Array.prototype.slice.call(arguments).join("+"),
  ].join(" ");
}
console.log(shape(1, 2, 3));

// arguments.callee in sloppy mode.
function callee() { return arguments.callee === callee; }
console.log(callee());

// Arrow functions use the enclosing arguments.
function outer() {
  const inner = () => arguments[0];
  return inner("ignored");
}
console.log(outer("outer arg"));

// arguments is iterable.
function iter() { return [...arguments].reverse().join(""); }
console.log(iter("a", "b", "c"));

// Length can be changed.
function len() { arguments.length = 1; return Array.from(arguments).join(","); }
console.log(len(1, 2, 3));

// expect: changed via arguments | changed via param | 2
// expect: 1 undefined
// expect: original
// expect: object false 3 [object Arguments] 1+2+3
// expect: true
// expect: outer arg
// expect: cba
// expect: 1
