function show(a, b) {
  return `${this && this.tag}:${a}:${b}`;
}
const ctx = { tag: "ctx" };
console.log(show.call(ctx, 1, 2));
console.log(show.apply(ctx, [3, 4]));
console.log(show.apply(ctx));
console.log(show.apply(ctx, { length: 2, 0: "x", 1: "y" }));

const bound = show.bind(ctx, "pre");
console.log(bound("later"));
console.log(bound.call({ tag: "ignored" }, "later"));
console.log(bound.name, bound.length, show.length);

// Binding twice keeps the first this and concatenates args.
const twice = bound.bind({ tag: "no" });
console.log(twice("x"));
console.log(twice.name);

// new on a bound function ignores the bound this.
function Point(x, y) { this.x = x; this.y = y; }
const P = Point.bind({ ignored: true }, 10);
const p = new P(20);
console.log(p.x, p.y, p instanceof Point, p instanceof P);

// call/apply on builtins.
console.log(Math.max.apply(null, [3, 9, 2]));
console.log(Array.prototype.join.call({ length: 3, 0: "a", 2: "c" }, "-"));
console.log(Function.prototype.call.call(show, ctx, "cc", "dd"));

try {
  show.apply(ctx, 5);
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}

// expect: ctx:1:2
// expect: ctx:3:4
// expect: ctx:undefined:undefined
// expect: ctx:x:y
// expect: ctx:pre:later
// expect: ctx:pre:later
// expect: bound show 1 2
// expect: ctx:pre:x
// expect: bound bound show
// expect: 10 20 true true
// expect: 9
// expect: a--c
// expect: ctx:cc:dd
// expect: TypeError: CreateListFromArrayLike called on non-object
