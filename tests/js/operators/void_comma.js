console.log(void 0, void "x", void (1 + 1));
let n = 0;
const r = void n++;
console.log(r, n);
const c = (n++, n++, n);
console.log(c, n);
const parts = [];
for (let i = 0, j = 10; i < j; i += 3, j -= 3) parts.push(i + ":" + j);
console.log(parts.join(" "));
console.log((0, 1), (1, 2, 3));
// The comma operator loses the reference: this is undefined (sloppy: global).
const obj = {
  m() { return this === obj; },
};
console.log(obj.m(), (obj.m)(), (0, obj.m)() === false);
const arrow = () => void console.log("side effect");
console.log(arrow());

// expect: undefined undefined undefined
// expect: undefined 1
// expect: 3 3
// expect: 0:10 3:7
// expect: 1 3
// expect: true true true
// expect: side effect
// expect: undefined
