// The source text of Function-constructed functions.
console.log(String(new Function("a", "b", "return a + b")));
console.log(String(new Function()));
console.log(String(Function("x", "")));
// Function.prototype.toString returns the exact source for declarations.
function   spaced ( a ,b ) { return a /* note */ + b; }
console.log(spaced.toString());
const arrow = (x) => x * 2;
console.log(arrow.toString());
class K { method() { return 1; } }
console.log(K.prototype.method.toString());
console.log(String(K).split("\n")[0]);
// Builtins print native code.
console.log(Math.max.toString());
console.log(Function.prototype.toString.call(class {}.bind()));
// Other GeneratorFunction / AsyncFunction constructors.
const GeneratorFunction = Object.getPrototypeOf(function* () {}).constructor;
console.log(String(new GeneratorFunction("a", "yield a")));
const AsyncFunction = Object.getPrototypeOf(async function () {}).constructor;
console.log(String(new AsyncFunction("return 1")));

// expect: function anonymous(a,b
// expect: ) {
// expect: return a + b
// expect: }
// expect: function anonymous(
// expect: ) {
// expect:
// expect: }
// expect: function anonymous(x
// expect: ) {
// expect:
// expect: }
// expect: function   spaced ( a ,b ) { return a /* note */ + b; }
// expect: (x) => x * 2
// expect: method() { return 1; }
// expect: class K { method() { return 1; } }
// expect: function max() { [native code] }
// expect: function () { [native code] }
// expect: function* anonymous(a
// expect: ) {
// expect: yield a
// expect: }
// expect: async function anonymous(
// expect: ) {
// expect: return 1
// expect: }
