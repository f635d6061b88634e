console.log(5 & 3, 5 | 3, 5 ^ 3, ~5);
console.log(~0, ~-1, ~~3.7, ~~-3.7);
console.log(-1 >>> 0, -1 >> 0, -1 >>> 28);
console.log(1 << 31, 1 << 32, 1 << 33);
console.log(-16 >> 2, -16 >>> 2);
console.log(2 ** 32 | 0, (2 ** 32 + 5) | 0, (2 ** 31) | 0);
console.log(4294967295 & 0xff, 1e21 | 0, NaN | 0, Infinity | 0, -Infinity >>> 0);
console.log(0.9 | 0, -0.9 | 0, "12" | 0, "0x1f" | 0, "abc" | 0);
console.log(5 << -1, 5 >>> 32, 1 << 35);
let f = 0b1010;
f &= 0b0110;
console.log(f);
f |= 1;
console.log(f);
f ^= 0xff;
console.log(f);
f <<= 4;
console.log(f);
f >>= 2;
console.log(f);
f >>>= 1;
console.log(f);
console.log(12n & 10n, 12n | 10n, 12n ^ 10n, ~12n);
console.log(-12n & 0xffn, 1n << 70n, -1024n >> 3n);
console.log((0xdeadbeef).toString(16), (0xdeadbeef | 0).toString(16), (0xdeadbeef >>> 0).toString(16));

// expect: 1 7 6 -6
// expect: -1 0 3 -3
// expect: 4294967295 -1 15
// expect: -2147483648 1 2
// expect: -4 1073741820
// expect: 0 5 -2147483648
// expect: 255 -559939584 0 0 0
// expect: 0 0 12 31 0
// expect: -2147483648 5 8
// expect: 2
// expect: 3
// expect: 252
// expect: 4032
// expect: 1008
// expect: 504
// expect: 8n 14n 6n -13n
// expect: 244n 1180591620717411303424n -128n
// expect: deadbeef -21524111 deadbeef
