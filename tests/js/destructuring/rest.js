const [head, ...tail] = [1, 2, 3, 4];
console.log(head, tail.join(","), Array.isArray(tail));
const [...all] = "abc";
console.log(all.join("|"));
const [, ...afterHole] = [1];
console.log(afterHole.length);

const { a, ...others } = { a: 1, b: 2, c: 3 };
console.log(a, Object.keys(others).join(","));

// Object rest copies own enumerable properties, including symbols.
const sym = Symbol("s");
const src = Object.create({ inherited: 1 });
src.own = "own";
src[sym] = "symbol";
Object.defineProperty(src, "hidden", { value: "h", enumerable: false });
const { ...copy } = src;
console.log(Object.keys(copy).join(","), copy[sym], "inherited" in copy, "hidden" in copy);
console.log(Object.getPrototypeOf(copy) === Object.prototype);

// Rest excludes computed keys that were picked.
const key = "b";
const { [key]: picked, ...remaining } = { a: 1, b: 2, c: 3 };
console.log(picked, Object.keys(remaining).join(","));

// Rest with getters invokes them.
const { ...withGetters } = { get g() { return "called"; } };
console.log(Object.getOwnPropertyDescriptor(withGetters, "g").value);

// Array rest pattern with nested destructuring.
const [x, ...[y, z]] = [1, 2, 3];
console.log(x, y, z);

// Rest in assignment form into a member.
const holder = {};
({ a: holder.a, ...holder.rest } = { a: 1, b: 2 });
console.log(holder.a, Object.keys(holder.rest).join(","));

// Rest on a string primitive (object rest).
const { ...chars } = "hi";
console.log(Object.keys(chars).join(","), chars[1]);

// expect: 1 2,3,4 true
// expect: a|b|c
// expect: 0
// expect: 1 b,c
// expect: own symbol false false
// expect: true
// expect: 2 a,c
// expect: called
// expect: 1 2 3
// expect: 1 b
// expect: 0,1 i
