class Base {
  constructor() {
    this.createdBy = new.target.name;
  }
  clone() { return new this.constructor(); }
}
class Leaf extends Base {}
console.log(new Base().createdBy, new Leaf().createdBy, new Leaf().clone().createdBy);
// Reflect.construct with a different newTarget uses its prototype.
class Other { marker() { return "other prototype"; } }
const odd = Reflect.construct(Base, [], Other);
console.log(odd.createdBy, odd.marker());
// Constructors returning early.
class Maybe {
  constructor(flag) {
    if (flag) return { replaced: true };
    this.normal = true;
  }
}
console.log(new Maybe(true).replaced, new Maybe(false).normal);

// expect: Base Leaf Leaf
// expect: Other other prototype
// expect: true true
