const s = (x) => Object.is(x, -0) ? "-0" : String(x);
console.log(s(0.1 + 0.2), s(0.1 * 3), s(1 / 3));
console.log(s(1 / 0), s(-1 / 0), s(0 / 0), s(1 / -0));
console.log(s(5 % 3), s(-5 % 3), s(5 % -3), s(-5 % -3), s(5.5 % 2));
console.log(s(-0 % 5), s(0 % -5), s(5 % 0), s(Infinity % 2), s(2 % Infinity));
console.log(s(-0 + 0), s(-0 - 0), s(-0 * 1), s(0 * -1), s(-0 / 1));
console.log(s(Math.round(-0.4)), s(-1 * 0));
console.log(s(2 ** 53), s(2 ** 53 + 1), s(2 ** 53 + 2));
console.log(s(Number.MAX_SAFE_INTEGER + 2), s(Number.MAX_VALUE * 2), s(Number.MIN_VALUE / 2));
console.log(s(7 / 2), s(Math.trunc(7 / 2)), s(-7 / 2 | 0));
console.log(s(1e308 * 10), s(-1e308 * 10));
console.log(s(0.1 + 0.7), s(1.005 * 1000), s(4.35 * 100));
console.log(s(9007199254740992 / 3));
let n = 10;
n -= 3; console.log(n);
n *= 4; console.log(n);
n /= 8; console.log(n);
n %= 2; console.log(n);

// expect: 0.30000000000000004 0.30000000000000004 0.3333333333333333
// expect: Infinity -Infinity NaN -Infinity
// expect: 2 -2 2 -2 1.5
// expect: -0 0 NaN NaN 2
// expect: 0 -0 -0 -0 -0
// expect: -0 -0
// expect: 9007199254740992 9007199254740992 9007199254740994
// expect: 9007199254740992 Infinity 0
// expect: 3.5 3 -3
// expect: Infinity -Infinity
// expect: 0.7999999999999999 1004.9999999999999 434.99999999999994
// expect: 3002399751580330.5
// expect: 7
// expect: 28
// expect: 3.5
// expect: 1.5
