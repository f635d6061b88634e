var x = "module x";
globalThis.x = "global x";
function test() {
  var x = "local x";
  const direct = eval("x");
  const indirect1 = (0, eval)("x");
  const alias = eval;
  const indirect2 = alias("x");
  const indirect3 = globalThis.eval("x");
  const indirect4 = eval?.("x");
  return [direct, indirect1, indirect2, indirect3, indirect4].join(" | ");
}
console.log(test());
// Parenthesized eval is still direct.
function paren() {
  var y = "local y";
  return (eval)("y");
}
console.log(paren());
// Direct eval sees this and new.target of the enclosing function.
const obj = { m() { return eval("this") === obj; } };
console.log(obj.m());
function Ctor() { this.nt = eval("new.target") === Ctor; }
console.log(new Ctor().nt);
// Indirect eval this is the global object.
console.log((0, eval)("this") === globalThis);
// Direct eval inside arrow sees lexical this.
const arrowHolder = { m() { return (() => eval("this"))() === arrowHolder; } };
console.log(arrowHolder.m());
delete globalThis.x;

// expect: local x | global x | global x | global x | global x
// expect: local y
// expect: true
// expect: true
// expect: true
// expect: true
