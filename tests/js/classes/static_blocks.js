const log = [];
class Config {
  static defaults = { mode: "prod" };
  static derived;
  static {
    log.push("block 1, defaults.mode=" + this.defaults.mode);
    Config.derived = this.defaults.mode.toUpperCase();
  }
  static later = (log.push("later field"), "later");
  static {
    log.push("block 2, later=" + this.later);
  }
}
console.log(Config.derived, log.join(" | "));

// Static blocks can access private members and leak access out.
let readSecret;
class Vault {
  #secret = "42";
  static {
    readSecret = (v) => v.#secret;
  }
}
console.log(readSecret(new Vault()));

// var declarations in a static block are local to it.
class Scoped {
  static {
    var local = "block local";
    this.seen = local;
  }
}
console.log(Scoped.seen, typeof local);

// Static blocks run once, at class definition, in a subclass too.
let runs = 0;
class Parent { static { runs++; } }
class Child extends Parent { static { runs++; } }
new Child();
new Child();
console.log("runs", runs);

// Errors in static blocks propagate from the class definition.
try {
  class Broken {
    static { throw new Error("static block failed"); }
  }
} catch (e) {
  console.log(e.message);
}
// return/await are not allowed, checked as SyntaxError via eval.
try {
  eval("(class { static { return; } })");
} catch (e) {
  console.log(e.constructor.name);
}

// expect: PROD block 1, defaults.mode=prod | later field | block 2, later=later
// expect: 42
// expect: block local undefined
// expect: runs 2
// expect: static block failed
// expect: SyntaxError
