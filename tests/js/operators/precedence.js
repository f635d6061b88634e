console.log(1 + 2 * 3, (1 + 2) * 3, 10 - 2 - 3, 2 * 3 % 4);
console.log(1 < 2 === true, 1 + 1 == 2 && 3 > 2);
console.log(true ? 1 : 0 ? 2 : 3, false ? 1 : 0 ? 2 : 3);
console.log(- - 1, - -1, +-+1, typeof - "1", !-0);
let a = 1, b = 2, c;
c = a += b *= 2;
console.log(a, b, c);
console.log(1 | 2 & 3 ^ 4, 1 << 2 + 1, 8 >> 1 >> 1);
console.log("x" in { x: 1 } === true);
console.log(null ?? 1 ? "yes" : "no");
let x = 5;
console.log(x++ + ++x, x);
console.log(x-- - --x, x);
console.log(typeof x === "number" ? "num" : "other");
console.log(new Date(0).getTime === Date.prototype.getTime);
const obj = { f() { return { g: 7 }; } };
console.log(obj.f().g, new Array(3).length, new (class { constructor() { this.v = 1; } })().v);

// expect: 7 9 5 2
// expect: true true
// expect: 1 3
// expect: 1 1 -1 number true
// expect: 5 4 5
// expect: 7 8 2
// expect: true
// expect: yes
// expect: 12 7
// expect: 2 5
// expect: num
// expect: true
// expect: 7 3 1
