// Annex B: in sloppy mode a function declared in a block is also
// var-declared in the enclosing function, assigned when the block runs.
function test1() {
  const before = typeof f;
  {
    function f() { return "block f"; }
  }
  return before + " / " + typeof f + " / " + f();
}
console.log(test1());

function test2() {
  if (false) {
    function never() {}
  }
  return typeof never;
}
console.log(test2());

// Inside the block the function is hoisted to the top of the block.
function test3() {
  {
    const r = g();
    function g() { return "hoisted in block"; }
    return r;
  }
}
console.log(test3());

// The outer var binding is set only when the declaration is evaluated.
function test4() {
  const log = [];
  log.push(typeof h);
  {
    log.push(typeof h);
    function h() {}
  }
  log.push(typeof h);
  return log.join(",");
}
console.log(test4());

// Not hoisted to the function if it would clash with a let.
function test5() {
  let k = "let k";
  {
    function k() {}
  }
  return typeof k;
}
console.log(test5());

// Function declaration directly in an if (sloppy only).
function test6(flag) {
  if (flag) function viaIf() { return "if-declared"; }
  return typeof viaIf === "function" ? viaIf() : typeof viaIf;
}
console.log(test6(true), test6(false));

// expect: undefined / function / block f
// expect: undefined
// expect: hoisted in block
// expect: undefined,function,function
// expect: string
// expect: if-declared undefined
