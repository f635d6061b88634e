class Animal {
  constructor(name) {
    this.name = name;
    this.created = "by Animal";
  }
  speak() { return `${this.name} makes a sound`; }
}
class Dog extends Animal {
  constructor(name, breed) {
    super(name);
    this.breed = breed;
  }
  speak() { return super.speak() + " (woof)"; }
}
const d = new Dog("Rex", "lab");
console.log(d.speak(), d.breed, d.created);
console.log(d instanceof Dog, d instanceof Animal);
console.log(Object.getPrototypeOf(Dog) === Animal);
console.log(Object.getPrototypeOf(Dog.prototype) === Animal.prototype);

// Default derived constructor passes all arguments.
class Puppy extends Dog {}
const pup = new Puppy("Bit", "pug");
console.log(pup.name, pup.breed);

// this before super is a ReferenceError.
class Early extends Animal {
  constructor() {
    try {
      this.x = 1;
    } catch (e) {
      console.log(e.constructor.name + ": " + e.message);
    }
    super("late");
  }
}
console.log(new Early().name);

// super called twice.
class Twice extends Animal {
  constructor() {
    super("one");
    try {
      super("two");
    } catch (e) {
      console.log(e.constructor.name + ": " + e.message);
    }
  }
}
console.log(new Twice().name);

// Missing super call.
class NoSuper extends Animal {
  constructor() {}
}
try {
  new NoSuper();
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}

// super() in an arrow function.
class ArrowSuper extends Animal {
  constructor() {
    const callSuper = () => super("via arrow");
    callSuper();
  }
}
console.log(new ArrowSuper().name);

// Extending a plain function constructor.
function Legacy(v) { this.v = v; }
Legacy.prototype.get = function () { return this.v; };
class Modern extends Legacy {
  constructor() { super("legacy value"); }
}
console.log(new Modern().get());

// expect: Rex makes a sound (woof) lab by Animal
// expect: true true
// expect: true
// expect: true
// expect: Bit pug
// expect: ReferenceError: Must call super constructor in derived class before accessing 'this' or returning from derived constructor
// expect: late
// expect: ReferenceError: Super constructor may only be called once
// expect: one
// expect: ReferenceError: Must call super constructor in derived class before accessing 'this' or returning from derived constructor
// expect: via arrow
// expect: legacy value
