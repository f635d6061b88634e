// ++ and -- on properties: the object and key are evaluated once.
const log = [];
const o = { n: 1 };
let keyCount = 0;
function key() { keyCount++; log.push("key"); return "n"; }
function obj() { log.push("obj"); return o; }
console.log(obj()[key()]++, o.n);
console.log(++obj()[key()], o.n);
console.log(obj()[key()]--, o.n);
console.log(--obj()[key()], o.n);
console.log(log.join(","), keyCount);

// Getters and setters.
const acc = {
  _v: 5,
  get v() { console.log("get"); return this._v; },
  set v(x) { console.log("set", x); this._v = x; },
};
console.log("postfix result", acc.v++);
console.log("prefix result", ++acc.v);

// ToNumeric conversions.
const s = { v: "5" };
console.log(s.v++, typeof s.v, s.v);
const u = {};
console.log(u.x++, u.x);
const nul = { x: null };
console.log(nul.x++, nul.x);
const str = { x: "abc" };
console.log(str.x--, str.x);
const big = { x: 10n };
big.x++;
console.log(big.x, typeof big.x);
const arr = [1, 2, 3];
let i = 0;
arr[i++]++;
console.log(arr.join(","), i);
const obj2 = { valueOf() { return 41; } };
let wrapper = obj2;
wrapper++;
console.log(wrapper, typeof wrapper);

// expect: 1 2
// expect: 3 3
// expect: 3 2
// expect: 1 1
// expect: obj,key,obj,key,obj,key,obj,key 4
// expect: get
// expect: set 6
// expect: postfix result 5
// expect: get
// expect: set 7
// expect: prefix result 7
// expect: 5 number 6
// expect: NaN NaN
// expect: 0 1
// expect: NaN NaN
// expect: 11n bigint
// expect: 2,2,3 1
// expect: 42 number
