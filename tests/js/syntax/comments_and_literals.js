/* block comment */ console.log("after block comment");
console.log(/* inline */ "inline comment");
// A comment containing */ and /*
console.log("regex vs division:", 10 / 2 / 5, /ab+c/.test("abbc"));
console.log([1, 2, 3,].length, [, ].length, [,,].length);
console.log({ a: 1, }.a);
function trailing(a, b,) { return a + b; }
console.log(trailing(1, 2,));
console.log('single', "double", `template`);
console.log(0 ? "x" : /regex/.source);
console.log(typeof /a/g, /a/g.flags, /[/]/.test("/"));
console.log(null, true, false, undefined, NaN, Infinity);
// Labels and identifiers with keyword-like names.
const of = "of", let_ = "let", async = "async", get = "get", set = "set", from = "from";
console.log(of, let_, async, get, set, from);
var yield_ = 1, await_ = 2;
console.log(yield_ + await_);

// expect: after block comment
// expect: inline comment
// expect: regex vs division: 1 true
// expect: 3 1 2
// expect: 1
// expect: 3
// expect: single double template
// expect: regex
// expect: object g true
// expect: null true false undefined NaN Infinity
// expect: of let async get set from
// expect: 3
