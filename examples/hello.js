// A tour of what gode runs today: `python -m gode examples/hello.js`
// (the output is the same as `node examples/hello.js`).

class Shape {
  #name;
  static count = 0;
  constructor(name) { this.#name = name; Shape.count++; }
  get name() { return this.#name; }
  area() { return 0; }
  toString() { return `${this.name} with area ${this.area().toFixed(2)}`; }
}

class Circle extends Shape {
  constructor(r) { super("circle"); this.r = r; }
  area() { return Math.PI * this.r ** 2; }
}

class Rect extends Shape {
  constructor(w, h) { super("rect"); Object.assign(this, { w, h }); }
  area() { return this.w * this.h; }
}

const shapes = [new Circle(1.5), new Rect(2, 3.25), new Circle(0.5)];
for (const s of shapes) console.log(String(s));
console.log("shapes made:", Shape.count);

const total = shapes.map((s) => s.area()).reduce((a, b) => a + b, 0);
console.log("total area:", total.toFixed(3));

function* fibonacci() {
  let [a, b] = [0, 1];
  for (;;) { yield a; [a, b] = [b, a + b]; }
}
const fib = [];
for (const n of fibonacci()) { if (fib.length === 12) break; fib.push(n); }
console.log("fibonacci:", fib.join(" "));

const { r, ...rest } = { r: 1, g: 2, b: 3 };
console.log("destructured:", r, rest);
console.log("nested:", { list: [1, [2, [3, [4]]]], big: 2n ** 64n, sym: Symbol("s") });
console.log("UTF-16:", "😀".length, [..."😀"].length, JSON.stringify({ emoji: "😀" }));
console.log("optional:", shapes[5]?.name ?? "no sixth shape");
