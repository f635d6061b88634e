function attempt(label, fn) {
  try {
    fn();
    console.log(label, "no error");
  } catch (e) {
    console.log(label, "=>", e.constructor.name + ": " + e.message);
  }
}
attempt("object from null", () => { const { a } = null; });
attempt("object from undefined", () => { const { a } = undefined; });
attempt("renamed from null", () => { const { a: b } = null; });
attempt("rest only from null", () => { const { ...r } = null; });
attempt("array from null", () => { const [a] = null; });
attempt("array from undefined", () => { const [a] = undefined; });
attempt("array from number", () => { const [a] = 5; });
attempt("array from object", () => { const obj = {}; const [a] = obj; });
attempt("param object", () => { (function ({ x }) {})(); });
attempt("param array", () => { (function ([x]) {})(); });
attempt("assignment", () => { let a; ({ a } = null); });
attempt("nested", () => { const { a: { b } } = { a: null }; });
attempt("primitive ok", () => { const { length } = "str"; });

// expect: object from null => TypeError: Cannot destructure property 'a' of 'null' as it is null.
// expect: object from undefined => TypeError: Cannot destructure property 'a' of 'undefined' as it is undefined.
// expect: renamed from null => TypeError: Cannot destructure property 'a' of 'null' as it is null.
// expect: rest only from null => TypeError: Cannot destructure 'null' as it is null.
// expect: array from null => TypeError: null is not iterable
// expect: array from undefined => TypeError: undefined is not iterable
// expect: array from number => TypeError: 5 is not iterable
// expect: array from object => TypeError: obj is not iterable
// expect: param object => TypeError: Cannot destructure property 'x' of 'undefined' as it is undefined.
// expect: param array => TypeError: undefined is not iterable (cannot read property Symbol(Symbol.iterator))
// expect: assignment => TypeError: Cannot destructure property 'a' of 'null' as it is null.
// expect: nested => TypeError: Cannot read properties of null (reading 'b')
// expect: primitive ok no error
