// var has one binding for the whole function.
var fns = [];
for (var i = 0; i < 3; i++) fns.push(function () { return i; });
console.log(fns.map((f) => f()).join(","));

// The classic fix: an IIFE per iteration.
var fixed = [];
for (var j = 0; j < 3; j++) {
  fixed.push((function (k) { return function () { return k; }; })(j));
}
console.log(fixed.map((f) => f()).join(","));

// while with a var captured.
var ws = [];
var n = 0;
while (n < 3) {
  var captured = n;
  ws.push(() => captured);
  n++;
}
console.log(ws.map((f) => f()).join(","));

// let inside a while body is fresh each time.
var ls = [];
var m = 0;
while (m < 3) {
  let fresh = m;
  ls.push(() => fresh);
  m++;
}
console.log(ls.map((f) => f()).join(","));

// expect: 3,3,3
// expect: 0,1,2
// expect: 2,2,2
// expect: 0,1,2
