function* gen() {}
const GeneratorFunction = Object.getPrototypeOf(gen).constructor;
console.log(GeneratorFunction.name);
const g = gen();
console.log(Object.getPrototypeOf(g) === gen.prototype);
console.log(Object.getPrototypeOf(gen.prototype) === Object.getPrototypeOf(gen).prototype);
console.log(typeof g.next, typeof g.return, typeof g.throw);
console.log(gen.prototype.constructor === undefined);
// Methods added to gen.prototype are visible on instances.
gen.prototype.extra = function () { return "extra"; };
console.log(gen().extra());
// The Function-constructor-like GeneratorFunction.
const made = new GeneratorFunction("a", "yield a; yield a * 2;");
console.log([...made(21)].join(","));
// Object.prototype.toString.
console.log(Object.prototype.toString.call(gen), Object.prototype.toString.call(g));
// A generator's prototype replaced with a non-object uses the intrinsic default.
function* other() {}
other.prototype = null;
console.log(Object.getPrototypeOf(other()) === Object.getPrototypeOf(gen.prototype));

// expect: GeneratorFunction
// expect: true
// expect: true
// expect: function function function
// expect: false
// expect: extra
// expect: 21,42
// expect: [object GeneratorFunction] [object Generator]
// expect: true
