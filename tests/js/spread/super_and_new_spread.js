class Base {
  constructor(...args) {
    this.args = args;
  }
}
class Derived extends Base {
  constructor(...args) {
    super(...args, "extra");
  }
}
console.log(new Derived(1, 2).args.join(","));
function* gen() { yield "g1"; yield "g2"; }
console.log(new Base(...gen()).args.join(","));
console.log(new Base(..."ab", ...[1]).args.join(","));
// Spread arguments are evaluated before the constructor runs.
const log = [];
class Logged {
  constructor(...a) { log.push("construct " + a.length); }
}
const iterable = { *[Symbol.iterator]() { log.push("iterate"); yield 1; } };
new Logged(...iterable);
console.log(log.join(" > "));
// Spread into a bound constructor.
function Pair(a, b) { this.sum = a + b; }
const BoundPair = Pair.bind(null, 10);
console.log(new BoundPair(...[5]).sum);
// Spread in super method calls.
class Adder {
  add(...nums) { return nums.reduce((s, n) => s + n, 0); }
}
class LoggingAdder extends Adder {
  add(...nums) { return "sum=" + super.add(...nums, 100); }
}
console.log(new LoggingAdder().add(1, 2));

// expect: 1,2,extra
// expect: g1,g2
// expect: a,b,1
// expect: iterate > construct 1
// expect: 15
// expect: sum=103
