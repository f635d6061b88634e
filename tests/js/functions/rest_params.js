function f(first, ...rest) {
  return first + " | " + rest.length + " | [" + rest.join(",") + "]";
}
console.log(f(1));
console.log(f(1, 2, 3, 4));
console.log(Array.isArray((function (...r) { return r; })()));
console.log(f.length, ((...all) => all).length, ((a, b, ...c) => 0).length);

const sum = (...nums) => nums.reduce((a, b) => a + b, 0);
console.log(sum(), sum(1, 2, 3));

// Rest with destructuring patterns.
function pair(...[a, b]) { return a + "&" + b; }
console.log(pair("x", "y", "z"));
function obj(...{ length }) { return length; }
console.log(obj(1, 2, 3));

// Rest collects holes and undefined explicitly passed.
function count(...args) { return args.length + ":" + args.map(String).join(","); }
console.log(count(undefined, null));
console.log(count(...[1, , 3]));

// rest is a real array, independent of arguments.
function independent(a, ...r) {
  r[0] = "changed";
  return arguments[1];
}
console.log(independent(1, 2));

// expect: 1 | 0 | []
// expect: 1 | 3 | [2,3,4]
// expect: true
// expect: 1 0 2
// expect: 0 6
// expect: x&y
// expect: 3
// expect: 2:undefined,null
// expect: 3:1,undefined,3
// expect: 2
