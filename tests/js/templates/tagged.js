function tag(strings, ...values) {
  return JSON.stringify({ strings: [...strings], values });
}
const x = 1, y = "two";
console.log(tag`a${x}b${y}c`);
console.log(tag`${x}`);
console.log(tag``);
console.log(tag`no subs`);
// Strings array is frozen and has raw.
function inspect(strings) {
  return [Object.isFrozen(strings), Object.isFrozen(strings.raw), Array.isArray(strings), strings.length].join(",");
}
console.log(inspect`a${1}b`);
// Tag as member expression keeps this.
const obj = {
  prefix: ">",
  fmt(strings, ...vals) { return this.prefix + strings.reduce((acc, s, i) => acc + s + (i < vals.length ? vals[i] : ""), ""); },
};
console.log(obj.fmt`x=${1}, y=${2}`);
// Tags can return anything, including functions (chained tags).
function chain(s1) {
  return (s2) => s1[0] + "+" + s2[0];
}
console.log(chain`first``second`);
// Values are not converted to strings for tags.
function types(strings, ...vals) { return vals.map((v) => typeof v).join(","); }
console.log(types`${1}${"s"}${{}}${null}${undefined}${Symbol()}`);
// Tagged template with call expression tag.
function make(pre) { return (s, v) => pre + s[0] + v + s[1]; }
console.log(make("<")`a${"B"}c`);
// Evaluation order: tag first, then substitutions.
const log = [];
function t() { log.push("tag evaluated"); return () => log.join(", "); }
console.log(t()`${log.push("sub 1")}${log.push("sub 2")}`);

// expect: {"strings":["a","b","c"],"values":[1,"two"]}
// expect: {"strings":["",""],"values":[1]}
// expect: {"strings":[""],"values":[]}
// expect: {"strings":["no subs"],"values":[]}
// expect: true,true,true,2
// expect: >x=1, y=2
// expect: first+second
// expect: number,string,object,object,undefined,symbol
// expect: <aBc
// expect: tag evaluated, sub 1, sub 2
