function outer() {
  var level = "outer";
  return eval(`
    var fromFirst = "first eval";
    eval("level + ' / ' + fromFirst")
  `);
}
console.log(outer());
// eval inside a closure created by eval.
function maker() {
  const secret = "closed over";
  return eval("() => eval('secret')");
}
console.log(maker()());
// eval in a loop with per-iteration bindings.
const results = [];
for (let i = 0; i < 3; i++) results.push(eval("i * i"));
console.log(results.join(","));
// eval of a function declaration in a block (sloppy): visible in the function.
function blockEval() {
  {
    eval("function inBlock() { return 'in block'; }");
  }
  return inBlock();
}
console.log(blockEval());
// arguments inside eval.
function args() { return eval("arguments.length"); }
console.log(args(1, 2, 3));

// expect: outer / first eval
// expect: closed over
// expect: 0,1,4
// expect: in block
// expect: 3
