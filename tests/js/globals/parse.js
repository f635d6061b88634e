// parseInt and parseFloat.
const show = x => Object.is(x, -0) ? '-0' : String(x);
console.log(['42', '  42px', '-42', '+42', '0x1f', '0X1F', '-0x1f', '0x', '', ' ', 'abc', '-0', '0.9', '1e3', '  \n\t 7', '\u00a0\ufeff8', '12abc', '- 1'].map(s => show(parseInt(s))).join(' '));
console.log([['ff', 16], ['0xff', 16], ['0xff', 10], ['11', 2], ['12', 2], ['z', 36], ['Z', 36], ['10', 37], ['10', 1], ['10', 0], ['10', -1], ['11', 2 ** 32 + 2], ['7', 8.9], ['10', '16'], ['10', NaN]].map(([s, r]) => show(parseInt(s, r))).join(' '));
console.log(parseInt('zzzzzzzzzzzzzzzzzzzzzzzz', 36), parseInt('123456789012345678901234567890', 7), parseInt('1'.repeat(320)), parseInt('0'.repeat(400) + '1'), parseInt('9007199254740993'), parseInt('1'.repeat(60), 2), parseInt('777777777777777777777', 8));
console.log(parseInt('12345678901234567890123', 3), parseInt('zyxwvutsrqponm', 36), parseInt('fffffffffffffffffff', 16), parseInt('1'.repeat(30), 5), parseInt('abcdefghijklmnop', 30));
console.log(parseInt(0.0000005), parseInt(1e21), parseInt(null), parseInt(null, 36), parseInt(undefined, 36), parseInt(15.99), parseInt(-0), show(parseInt('-0', 16)));
console.log(['3.14', '  -.5e-3x', 'Infinityx', '-Infinity', '+Infinity', '-0', '.e1', '0x10', '1_000', '\u00a0 3.25', '1e', '1e+', '.', '5.', '1e1000', '-1e-1000', 'abc', '', '  12  ', '1.2.3', '00.5', 'infinity'].map(s => show(parseFloat(s))).join(' '));
console.log(parseFloat(null), parseFloat([1.5]), parseFloat({ toString() { return '2.5'; } }), parseFloat('9007199254740993'), parseFloat('0.1e-400'));
try { parseInt(Symbol()); } catch (e) { console.log(e.constructor.name, e.message); }
try { parseFloat(1n); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(parseFloat(1n + ''), parseInt(10n), parseInt.length, parseFloat.length, parseInt.name, parseFloat.name);

// expect: 42 42 -42 42 31 31 -31 NaN NaN NaN NaN -0 0 1 7 8 12 NaN
// expect: 255 255 0 3 1 35 35 NaN NaN 10 NaN 3 7 16 10
// expect: 2.245225770735456e+37 22875 Infinity 1 9007199254740992 1152921504606847000 9223372036854776000
// expect: 5 6.135929200412191e+21 7.555786372591432e+22 232830643653869630000 1.489488205826397e+23
// expect: 5 1 NaN 1112745 86464843759093 15 0 -0
// expect: 3.14 -0.0005 Infinity -Infinity Infinity -0 NaN 0 1 3.25 1 1 NaN 5 Infinity -0 NaN NaN 12 1.2 0.5 NaN
// expect: NaN 1.5 2.5 9007199254740992 0
// expect: TypeError Cannot convert a Symbol value to a string
// expect: 1 10 2 1 parseInt parseFloat
