{
  var fromBlock = "visible";
  let blockOnly = "hidden";
}
console.log(fromBlock, typeof blockOnly);

if (true) {
  var fromIf = 1;
}
console.log(fromIf);

function inFunction() {
  {
    {
      var deep = "deep";
    }
  }
  return deep;
}
console.log(inFunction());

// let shadowing in nested blocks.
let s = "outer";
{
  let s = "middle";
  {
    let s = "inner";
    console.log(s);
  }
  console.log(s);
}
console.log(s);

// var declared in a block with the same name as an outer let is a SyntaxError
// only when they clash in one scope; here they do not.
function clash() {
  let a = 1;
  {
    let a = 2;
    var b = a;
  }
  return a + b;
}
console.log(clash());

// Block-scoped class and const.
{
  class Local {}
  const k = 1;
  console.log(typeof Local, k);
}
console.log(typeof Local);

// expect: visible undefined
// expect: 1
// expect: deep
// expect: inner
// expect: middle
// expect: outer
// expect: 3
// expect: function 1
// expect: undefined
