class Shape {
  #sides;
  constructor(n) { this.#sides = n; }
  static isShape(o) { return #sides in o; }
  #method() {}
  static hasMethod(o) { return #method in o; }
  static #staticField = 1;
  static isShapeClass(o) { return #staticField in o; }
}
console.log(Shape.isShape(new Shape(3)), Shape.isShape({}), Shape.isShape(Shape));
console.log(Shape.hasMethod(new Shape(1)), Shape.hasMethod(Object.create(Shape.prototype)));
console.log(Shape.isShapeClass(Shape), Shape.isShapeClass(class extends Shape {}));
// Right-hand side must be an object.
for (const v of [1, "s", null, undefined]) {
  try {
    Shape.isShape(v);
  } catch (e) {
    console.log(e.constructor.name + ": " + e.message);
  }
}
// Works with proxies: no trap is consulted, the proxy itself has no field.
console.log(Shape.isShape(new Proxy(new Shape(4), {})));

// expect: true false false
// expect: true false
// expect: true false
// expect: TypeError: Cannot use 'in' operator to search for '#sides' in 1
// expect: TypeError: Cannot use 'in' operator to search for '#sides' in s
// expect: TypeError: Cannot use 'in' operator to search for '#sides' in null
// expect: TypeError: Cannot use 'in' operator to search for '#sides' in undefined
// expect: false
