console.log(0x10, 0X1f, 0o17, 0O7, 0b101, 0B11);
console.log(1_000_000, 1_0.0_1, 0b1_0, 1e1_0, 0xff_ff);
console.log(.5, 5., 5.e1, 0.5e-1, 1E3);
console.log(010, 019, 08.5, 0.0);
console.log(9007199254740993, 0.1e-999, 1e999);
console.log(2e-7, 0.00000001, 123e-20);
for (const bad of ["1__0", "1_", "0x_1", "0_1", "08_1", "1._5", "0b2", "0o8", "1n.5", "3in []"]) {
  try {
    eval(bad);
    console.log("ok", bad);
  } catch (e) {
    console.log(bad, "=>", e.constructor.name + ": " + e.message);
  }
}
console.log(1..toString(), 1.5.toFixed(1), (1).constructor.name);

// expect: 16 31 15 7 5 3
// expect: 1000000 10.01 2 10000000000 65535
// expect: 0.5 5 50 0.05 1000
// expect: 8 19 8.5 0
// expect: 9007199254740992 0 Infinity
// expect: 2e-7 1e-8 1.23e-18
// expect: 1__0 => SyntaxError: Only one underscore is allowed as numeric separator
// expect: 1_ => SyntaxError: Numeric separators are not allowed at the end of numeric literals
// expect: 0x_1 => SyntaxError: Invalid or unexpected token
// expect: 0_1 => SyntaxError: Numeric separator can not be used after leading 0.
// expect: 08_1 => SyntaxError: Invalid or unexpected token
// expect: 1._5 => SyntaxError: Invalid or unexpected token
// expect: 0b2 => SyntaxError: Invalid or unexpected token
// expect: 0o8 => SyntaxError: Invalid or unexpected token
// expect: 1n.5 => SyntaxError: Unexpected number
// expect: 3in [] => SyntaxError: Invalid or unexpected token
// expect: 1 1.5 Number
