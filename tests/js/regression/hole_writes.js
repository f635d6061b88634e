// Writing into a hole of new Array(n) respects setters and read-only
// elements inherited from Array.prototype.
const a = new Array(3);
a[1] = "x";
console.log(a.length, 0 in a, 1 in a, a[1]);
let seen = "nothing";
Object.defineProperty(Array.prototype, 2, { set(v) { seen = v; }, configurable: true });
const b = new Array(4);
b[2] = "y";
delete Array.prototype[2];
console.log(seen, 2 in b, b[2]);
Object.defineProperty(Array.prototype, 0, { value: "ro", writable: false, configurable: true });
const c = new Array(2);
c[0] = "z";
const inherited = c[0];
delete Array.prototype[0];
console.log(0 in c, inherited);

// expect: 3 false true x
// expect: y false undefined
// expect: false ro
