// Recursion through getters and valueOf/toString is bounded by the call
// depth limit (a RangeError), like recursion through calls.
const p = { get x() { return this.x; } };
try { p.x; } catch (e) { console.log("getter:", e instanceof RangeError, e.message); }
const q = { toString() { return "" + this; } };
try { String(q); } catch (e) { console.log("toString:", e instanceof RangeError); }
const r = { valueOf() { return +this; } };
try { +r; } catch (e) { console.log("valueOf:", e instanceof RangeError); }
const s = { set y(v) { this.y = v; } };
try { s.y = 1; } catch (e) { console.log("setter:", e instanceof RangeError); }
// A moderately deep accessor chain still works.
const chain = { n: 2000, get deep() { return this.n-- > 0 ? this.deep : "bottom"; } };
console.log(chain.deep);

// expect: getter: true Maximum call stack size exceeded
// expect: toString: true
// expect: valueOf: true
// expect: setter: true
// expect: bottom
