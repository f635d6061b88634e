// Deeply nested data built and read without recursion in the interpreter.
let nested = [];
for (let i = 0; i < 1000; i++) nested = [nested];
let depth = 0;
for (let n = nested; n.length; n = n[0]) depth++;
console.log(depth);
// Deeply nested source constructs parsed through eval.
const expr = "(".repeat(500) + "1" + ")".repeat(500);
console.log(eval(expr));
const blocks = "{".repeat(300) + "var deepVar = 'deep';" + "}".repeat(300);
eval(blocks);
console.log(deepVar);
const arrays = "[".repeat(300) + "]".repeat(300);
console.log(Array.isArray(eval(arrays)));
const fns = "(function(){ return ".repeat(200) + "'inner'" + "})()".repeat(200);
console.log(eval(fns));
// JSON.stringify of moderately deep structure.
let obj = {};
for (let i = 0; i < 200; i++) obj = { c: obj };
console.log(JSON.stringify(obj).length);

// expect: 1000
// expect: 1
// expect: deep
// expect: true
// expect: inner
// expect: 1202
