// Inside the class, its name is a const binding.
class Fixed {
  static tryReassign() {
    try {
      Fixed = null;
    } catch (e) {
      return e.constructor.name + ": " + e.message;
    }
  }
  static self() { return Fixed; }
}
console.log(Fixed.tryReassign());
// Outside, the declaration binding is mutable (let-like).
const original = Fixed;
Fixed = "replaced";
console.log(original.self() === original, Fixed);

// Class expressions bind the inner name only inside.
const Expr = class InnerName {
  static who() { return typeof InnerName; }
};
console.log(Expr.who(), typeof InnerName);

// The class binding is in TDZ during heritage evaluation.
try {
  class Self extends Self {}
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
// Computed keys cannot see the class itself yet.
try {
  class K {
    [K.name]() {}
  }
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
// Class declarations are not hoisted like functions.
try {
  new Later();
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
class Later {}
// Duplicate class declaration is a SyntaxError.
try {
  eval("class Dup {} class Dup {}");
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}

// expect: TypeError: Assignment to constant variable.
// expect: true replaced
// expect: function undefined
// expect: ReferenceError: Cannot access 'Self' before initialization
// expect: ReferenceError: Cannot access 'K' before initialization
// expect: ReferenceError: Cannot access 'Later' before initialization
// expect: SyntaxError: Identifier 'Dup' has already been declared
