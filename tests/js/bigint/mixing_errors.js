function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.constructor.name + ": " + e.message);
  }
}
attempt("1n + 1", () => 1n + 1);
attempt("1 * 1n", () => 1 * 1n);
attempt("+1n", () => +1n);
attempt("1n >>> 0n", () => 1n >>> 0n);
attempt("Math.max(1n)", () => Math.max(1n));
attempt("1n + '1'", () => 1n + "1");
attempt("Number(1n)", () => Number(1n));
attempt("parseInt('1n')", () => parseInt("1n"));
attempt("new BigInt(1)", () => new BigInt(1));
attempt("BigInt(1.5)", () => BigInt(1.5));
attempt("BigInt(NaN)", () => BigInt(NaN));
attempt("BigInt('1.5')", () => BigInt("1.5"));
attempt("BigInt('abc')", () => BigInt("abc"));
attempt("BigInt(undefined)", () => BigInt(undefined));
attempt("BigInt(Symbol())", () => BigInt(Symbol()));
attempt("JSON.stringify(1n)", () => JSON.stringify(1n));

// expect: 1n + 1 TypeError: Cannot mix BigInt and other types, use explicit conversions
// expect: 1 * 1n TypeError: Cannot mix BigInt and other types, use explicit conversions
// expect: +1n TypeError: Cannot convert a BigInt value to a number
// expect: 1n >>> 0n TypeError: BigInts have no unsigned right shift, use >> instead
// expect: Math.max(1n) TypeError: Cannot convert a BigInt value to a number
// expect: 1n + '1' 11
// expect: Number(1n) 1
// expect: parseInt('1n') 1
// expect: new BigInt(1) TypeError: BigInt is not a constructor
// expect: BigInt(1.5) RangeError: The number 1.5 cannot be converted to a BigInt because it is not an integer
// expect: BigInt(NaN) RangeError: The number NaN cannot be converted to a BigInt because it is not an integer
// expect: BigInt('1.5') SyntaxError: Cannot convert 1.5 to a BigInt
// expect: BigInt('abc') SyntaxError: Cannot convert abc to a BigInt
// expect: BigInt(undefined) TypeError: Cannot convert undefined to a BigInt
// expect: BigInt(Symbol()) TypeError: Cannot convert Symbol() to a BigInt
// expect: JSON.stringify(1n) TypeError: Do not know how to serialize a BigInt
