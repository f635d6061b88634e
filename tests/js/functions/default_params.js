function f(a, b = 2, c = a + b) {
  return [a, b, c].join(",");
}
console.log(f(1));
console.log(f(1, undefined, undefined));
console.log(f(1, null));
console.log(f(1, 5, 0));

// Defaults are evaluated at call time, each call.
let counter = 0;
function g(x = ++counter) { return x; }
console.log(g(), g(), g(100), counter);

// Defaults can call functions and use earlier params.
function h(list, first = list[0], size = list.length) { return first + ":" + size; }
console.log(h(["a", "b"]));

// Arrow functions with defaults.
const arrow = (x, y = x * 2) => x + y;
console.log(arrow(3), arrow(3, 1));

// Destructured parameters with defaults.
function opts({ name = "anon", age = 0 } = {}) { return name + "/" + age; }
console.log(opts(), opts({ name: "x" }), opts({ age: 3 }));

// Default referring to the function itself.
function self(n = self.name) { return n; }
console.log(self());

// Function length stops at the first default.
console.log(f.length, g.length, h.length, opts.length, ((a, b = 1, c) => 0).length);

// expect: 1,2,3
// expect: 1,2,3
// expect: 1,,1
// expect: 1,5,0
// expect: 1 2 100 2
// expect: a:2
// expect: 9 4
// expect: anon/0 x/0 anon/3
// expect: self
// expect: 1 0 1 0 1
