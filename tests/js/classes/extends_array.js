class Stack extends Array {
  peek() { return this[this.length - 1]; }
  static get [Symbol.species]() { return Array; }
}
const s = new Stack();
s.push(1, 2, 3);
console.log(s.length, s.peek(), s instanceof Stack, s instanceof Array, Array.isArray(s));
s[10] = "far";
console.log(s.length);
s.length = 2;
console.log(s.join(","));
// species: map returns a plain Array here.
const mapped = s.map((x) => x * 2);
console.log(mapped instanceof Stack, mapped.join(","));

class MyArray extends Array {}
const m = MyArray.from([1, 2, 3]);
console.log(m instanceof MyArray, m.filter((x) => x > 1) instanceof MyArray);
console.log(MyArray.of(7).length, new MyArray(3).length, new MyArray(3, 4).length);
console.log(m.constructor.name);
// Concat and slice use species too.
console.log(m.slice(1) instanceof MyArray, m.concat([4]) instanceof MyArray);

// expect: 3 3 true true true
// expect: 11
// expect: 1,2
// expect: false 2,4
// expect: true true
// expect: 1 3 2
// expect: MyArray
// expect: true true
