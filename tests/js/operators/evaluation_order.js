const log = [];
function v(name, value) { log.push(name); return value; }
function flush(label) { console.log(label + ":", log.join(" ")); log.length = 0; }

v("a", 1) + v("b", 2) * v("c", 3);
flush("operands left to right");

const o = {};
v("obj", o)[v("key", "k")] = v("rhs", 1);
flush("assignment target before rhs");

function f(...args) { log.push("call"); return args; }
v("callee", f)(v("arg1", 1), v("arg2", 2));
flush("callee then args");

let i = 0;
const arr = [];
arr[i++] = i;
console.log(arr.join(","), i);

let x = 1;
x = (x = 5) + x;
console.log(x);

let y = 1;
y += (y = 10);
console.log(y);

const target = {};
try {
  v("null", null)[v("key", "k")] = v("rhs", 1);
} catch (e) {
  log.push("threw");
}
flush("null base");

const obj = {
  get a() { log.push("get a"); return 1; },
  set a(val) { log.push("set a=" + val); },
};
obj.a += v("rhs", 2);
flush("compound assignment");
obj.a ||= v("never", 0);
flush("logical assignment");

const key = { toString() { log.push("toString"); return "k"; } };
const holder = {};
holder[key] = v("value", 1);
flush("property key conversion after rhs evaluation");

v("cond", true) ? v("then", 1) : v("else", 2);
flush("conditional");

// expect: operands left to right: a b c
// expect: assignment target before rhs: obj key rhs
// expect: callee then args: callee arg1 arg2 call
// expect: 1 1
// expect: 10
// expect: 11
// expect: null base: null key rhs threw
// expect: compound assignment: get a rhs set a=3
// expect: logical assignment: get a
// expect: property key conversion after rhs evaluation: value toString
// expect: conditional: cond then
