"use strict";
function attempt(label, fn) {
  try {
    fn();
    console.log(label, "no error");
  } catch (e) {
    console.log(label, "=>", e.constructor.name + ": " + e.message);
  }
}
const frozen = Object.freeze({ x: 1, arr: [1] });
attempt("frozen write", () => { frozen.x = 2; });
attempt("frozen add", () => { frozen.y = 2; });
attempt("frozen delete", () => { delete frozen.x; });
attempt("nested is not frozen", () => { frozen.arr.push(2); });
const ro = Object.defineProperty({}, "ro", { value: 1, writable: false });
attempt("non-writable", () => { ro.ro = 2; });
attempt("getter only", () => { const o = { get g() { return 1; } }; o.g = 2; });
attempt("non-extensible", () => { const o = Object.preventExtensions({}); o.n = 1; });
attempt("frozen array push", () => { Object.freeze([1]).push(2); });
attempt("frozen array index", () => { const a = Object.freeze([1]); a[0] = 5; });
attempt("array length read-only", () => { const a = [1, 2]; Object.defineProperty(a, "length", { writable: false }); a.push(3); });
attempt("string index", () => { const s = "abc"; s[0] = "x"; });
attempt("string length", () => { const s = "abc"; s.length = 1; });
attempt("primitive property", () => { (5).prop = 1; });
attempt("undefined property", () => { undefined.prop = 1; });
attempt("Math.PI", () => { Math.PI = 3; });
attempt("NaN global", () => { NaN = 1; });
attempt("undefined global", () => { undefined = 1; });
attempt("function name", () => { function f() {} f.name = "x"; });
attempt("inherited readonly", () => { const child = Object.create(ro); child.ro = 5; });
attempt("sealed delete", () => { delete Object.seal({ s: 1 }).s; });

// expect: frozen write => TypeError: Cannot assign to read only property 'x' of object '#<Object>'
// expect: frozen add => TypeError: Cannot add property y, object is not extensible
// expect: frozen delete => TypeError: Cannot delete property 'x' of #<Object>
// expect: nested is not frozen no error
// expect: non-writable => TypeError: Cannot assign to read only property 'ro' of object '#<Object>'
// expect: getter only => TypeError: Cannot set property g of #<Object> which has only a getter
// expect: non-extensible => TypeError: Cannot add property n, object is not extensible
// expect: frozen array push => TypeError: Cannot add property 1, object is not extensible
// expect: frozen array index => TypeError: Cannot assign to read only property '0' of object '[object Array]'
// expect: array length read-only => TypeError: Cannot assign to read only property 'length' of object '[object Array]'
// expect: string index => TypeError: Cannot assign to read only property '0' of string 'abc'
// expect: string length => TypeError: Cannot assign to read only property 'length' of string 'abc'
// expect: primitive property => TypeError: Cannot create property 'prop' on number '5'
// expect: undefined property => TypeError: Cannot set properties of undefined (setting 'prop')
// expect: Math.PI => TypeError: Cannot assign to read only property 'PI' of object '#<Object>'
// expect: NaN global => TypeError: Cannot assign to read only property 'NaN' of object '#<Object>'
// expect: undefined global => TypeError: Cannot assign to read only property 'undefined' of object '#<Object>'
// expect: function name => TypeError: Cannot assign to read only property 'name' of function 'function f() {}'
// expect: inherited readonly => TypeError: Cannot assign to read only property 'ro' of object '#<Object>'
// expect: sealed delete => TypeError: Cannot delete property 's' of #<Object>
