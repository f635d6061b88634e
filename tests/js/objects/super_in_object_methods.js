const animal = {
  describe() { return "animal:" + this.name; },
  get kind() { return "generic"; },
};
const dog = {
  __proto__: animal,
  name: "rex",
  describe() { return super.describe() + " (dog)"; },
  get kind() { return "dog < " + super.kind; },
};
console.log(dog.describe(), dog.kind);
// Home object stays fixed when the method is moved.
const cat = { __proto__: { describe() { return "other proto"; } }, name: "tom", describe: dog.describe };
console.log(cat.describe());
// Changing the prototype of the home object changes super lookups.
Object.setPrototypeOf(dog, { describe() { return "swapped"; }, kind: "swapped kind" });
console.log(dog.describe(), dog.kind);
// super in a nested arrow.
const withArrow = {
  __proto__: { v() { return "proto v"; } },
  v() { return [1].map(() => super.v())[0]; },
};
console.log(withArrow.v());

// expect: animal:rex (dog) dog < generic
// expect: animal:tom (dog)
// expect: swapped (dog) dog < swapped kind
// expect: proto v
