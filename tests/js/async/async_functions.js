async function returnsValue() { return 42; }
async function throwsError() { throw new TypeError("async throw"); }
const p = returnsValue();
console.log(p instanceof Promise, typeof p.then);
p.then((v) => console.log("resolved with", v));
throwsError().catch((e) => console.log("rejected with", e.name, e.message));
// Async arrow, method, and class method.
const arrow = async (x) => x * 2;
const obj = { async method() { return "method"; } };
class K { async m() { return "class method"; } static async s() { return "static"; } }
Promise.all([arrow(21), obj.method(), new K().m(), K.s()]).then((vals) => console.log(vals.join(" | ")));
// Returning a promise adopts its state.
async function adopt() { return Promise.resolve("adopted"); }
adopt().then((v) => console.log(v));
// Async functions are not constructors.
try {
  new returnsValue();
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
console.log(Object.prototype.toString.call(returnsValue), returnsValue.name, returnsValue.length);

// expect: true function
// expect: TypeError: returnsValue is not a constructor
// expect: [object AsyncFunction] returnsValue 0
// expect: resolved with 42
// expect: rejected with TypeError async throw
// expect: 42 | method | class method | static
// expect: adopted
