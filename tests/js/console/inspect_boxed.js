console.log(new Number(3), new Number(-0), new String("ab"), new Boolean(false));
console.log(Object(1n), Object(Symbol("s")));
const s = new String("abc");
s.extra = 1;
console.log(s);
console.log([new Number(1), new String("it's")]);
class MyNum extends Number {}
console.log(new MyNum(4));

// expect: [Number: 3] [Number: -0] [String: 'ab'] [Boolean: false]
// expect: [BigInt: 1n] [Symbol: Symbol(s)]
// expect: [String: 'abc'] { extra: 1 }
// expect: [ [Number: 1], [String: "it's"] ]
// expect: [Number (MyNum): 4]
