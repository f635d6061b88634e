// Automatic semicolon insertion.
let a = 1
let b = 2
console.log(a + b)
// return followed by a newline returns undefined.
function ret() {
  return
  42
}
console.log(ret())
// A line starting with ( continues the previous expression.
const f = () => "called"
const r = f
(function () { return "ignored arg" })
console.log(r)
// ++ on the next line is a prefix operator.
let x = 1
let y = 1
x
++y
console.log(x, y)
// Throw requires the expression on the same line.
try {
  eval("throw\nnew Error('x')")
} catch (e) {
  console.log(e.constructor.name + ": " + e.message)
}
// No ASI inside a for header.
try {
  eval("for (let i = 0\ni < 1\ni++) {}")
} catch (e) {
  console.log(e.constructor.name)
}
// ASI before a closing brace and at end of input.
const obj = { m() { return "no semicolon" } }
console.log(obj.m())
// A regex-looking line after an identifier is division.
const g = 2, h = 8
const div = h
/g/1
console.log(div)
// Template literal continues the previous line (tagged template).
const tagFn = (s) => "tagged " + s[0]
const tagged = tagFn
`text`
console.log(tagged)

// expect: 3
// expect: undefined
// expect: called
// expect: 1 2
// expect: SyntaxError: Illegal newline after throw
// expect: SyntaxError
// expect: no semicolon
// expect: 4
// expect: tagged text
