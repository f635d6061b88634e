// Primitives at top level print raw (strings unquoted); inside structures
// they are inspected: strings quoted, -0 kept, bigints with n.
console.log("top level string", 42, -0, 0, NaN, Infinity, -Infinity);
console.log(1n, -5n, true, false, undefined, null);
console.log(Symbol(), Symbol("desc"), Symbol.iterator, Symbol.for("reg"));
console.log(["plain", "it's", 'say "hi"', `both ' and "`, "all ' \" `", "${x} ' \""]);
console.log([-0, 0, 1e21, 1e-7, 123456789.125, 0.1 + 0.2, 2 ** 53, -1e-300]);
console.log(["tab\there", "nl\nhere", "cr\rhere", "nul\0", "esc\x1b", "del\x7f", "c1\x85", "bs\\"]);
console.log(["\ud800", "\udc00", "ok\ud83d\ude00pair", "é日本語"]);
console.log({ s: "x", n: 1, b: true, u: undefined, nl: null, big: 10n, sym: Symbol("s") });
console.log([1.5, -2.25, 1e100, 5e-324, 1.7976931348623157e308]);

// expect: top level string 42 -0 0 NaN Infinity -Infinity
// expect: 1n -5n true false undefined null
// expect: Symbol() Symbol(desc) Symbol(Symbol.iterator) Symbol(reg)
// expect: [
// expect:   'plain',
// expect:   "it's",
// expect:   'say "hi"',
// expect:   `both ' and "`,
// expect:   'all \' " `',
// expect:   '${x} \' "'
// expect: ]
// expect: [
// expect:   -0,
// expect:   0,
// expect:   1e+21,
// expect:   1e-7,
// expect:   123456789.125,
// expect:   0.30000000000000004,
// expect:   9007199254740992,
// expect:   -1e-300
// expect: ]
// expect: [
// expect:   'tab\there', 'nl\nhere',
// expect:   'cr\rhere',  'nul\x00',
// expect:   'esc\x1B',   'del\x7F',
// expect:   'c1\x85',    'bs\\'
// expect: ]
// expect: [ '\ud800', '\udc00', 'ok😀pair', 'é日本語' ]
// expect: {
// expect:   s: 'x',
// expect:   n: 1,
// expect:   b: true,
// expect:   u: undefined,
// expect:   nl: null,
// expect:   big: 10n,
// expect:   sym: Symbol(s)
// expect: }
// expect: [ 1.5, -2.25, 1e+100, 5e-324, 1.7976931348623157e+308 ]
