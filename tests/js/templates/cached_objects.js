// The strings array is created once per call site.
function id(strings) { return strings; }
function site() { return id`same site ${1}`; }
const a = site();
const b = site();
console.log("same site, same object:", a === b);
const c = id`same site ${1}`;
console.log("identical text elsewhere, different object:", a === c);
const inLoop = [];
for (let i = 0; i < 3; i++) inLoop.push(id`loop ${i}`);
console.log("loop iterations share:", inLoop[0] === inLoop[1] && inLoop[1] === inLoop[2]);
// Each evaluation of a function expression reuses the site object too.
const makers = [0, 1].map(() => () => id`inner`);
console.log("closures share site:", makers[0]() === makers[1]());
// The object is frozen; writes are ignored in sloppy mode.
a[0] = "changed";
console.log(a[0], Object.isFrozen(a));
// Different eval'd source texts make different sites.
const e1 = eval("id`evaluated one`");
const e2 = eval("id`evaluated two`");
console.log("eval sites differ:", e1 !== e2);
// raw is the same frozen object each time too.
console.log(a.raw === b.raw, Object.getOwnPropertyDescriptor(a, "raw").enumerable);

// expect: same site, same object: true
// expect: identical text elsewhere, different object: false
// expect: loop iterations share: true
// expect: closures share site: true
// expect: same site  true
// expect: eval sites differ: true
// expect: true false
