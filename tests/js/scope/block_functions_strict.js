"use strict";
// In strict mode a function declared in a block is block-scoped only.
function test1() {
  {
    function f() { return "block f"; }
    console.log("inside:", f());
  }
  return typeof f;
}
console.log("outside:", test1());

function test2() {
  let result = [];
  for (let i = 0; i < 2; i++) {
    function each() { return i; }
    result.push(each);
  }
  return result.map((fn) => fn()).join(",");
}
console.log(test2());

// Same name in two blocks.
function test3() {
  const out = [];
  { function g() { return 1; } out.push(g()); }
  { function g() { return 2; } out.push(g()); }
  return out.join(",");
}
console.log(test3());

// A block function hoists within its block.
{
  console.log(early());
  function early() { return "early in block"; }
}
console.log(typeof early);

// expect: inside: block f
// expect: outside: undefined
// expect: 0,1
// expect: 1,2
// expect: early in block
// expect: undefined
