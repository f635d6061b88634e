// console.log formats its arguments like util.format.
console.log("%s is %d years", "Bob", 42);
console.log("%s", "str", "extra", 1);
console.log("%s|%s|%s|%s|%s", 1.5, -0, 10n, null, undefined);
console.log("%s", Symbol("sym"));
console.log("%s", { a: { b: { c: 1 } } }, "after");
console.log("%s", [1, [2, [3]]]);
console.log("%s", function foo() {});
class WithToString { toString() { return "custom!"; } }
console.log("%s", new WithToString());
console.log("%s", new Error("err in s").message);
console.log("%d|%d|%d|%d|%d|%d", 42, "42", "4.5", "abc", 10n, {});
console.log("%i|%i|%i|%i|%i", 42.9, "42.9", "0x1f", -3.7, "abc");
console.log("%f|%f|%f|%f", 1.5, "1.5abc", "abc", "  -2.5e3x");
console.log("%j|%j|%j", { a: 1 }, [1, "x"], "str");
const circ = {};
circ.self = circ;
console.log("%j", circ);
console.log("%o", { a: 1 });
console.log("%O", { a: { b: { c: { d: 1 } } } });
console.log("%c styled %c", "color: red", "font-weight: bold");
console.log("100%% sure", "extra");
console.log("%% %s %%", "mid");
console.log("%s %s", "only one");
console.log("%x %s", "unknown");
console.log("trailing %");
console.log("%");
console.log("%%");
console.log("no args %s");
console.log(5, "%s", "x");
console.log("a", 1, true, null, undefined, { o: 1 }, [2], "b");
console.log();
console.log("");
console.log("%d%d", 1, 2);
console.log("%s:%s", "k");

// expect: Bob is 42 years
// expect: str extra 1
// expect: 1.5|-0|10n|null|undefined
// expect: Symbol(sym)
// expect: { a: [Object] } after
// expect: [ 1, [Array] ]
// expect: function foo() {}
// expect: custom!
// expect: err in s
// expect: 42|42|4.5|NaN|10n|NaN
// expect: 42|42|31|-3|NaN
// expect: 1.5|1.5|NaN|-2500
// expect: {"a":1}|[1,"x"]|"str"
// expect: [Circular]
// expect: { a: 1 }
// expect: { a: { b: { c: [Object] } } }
// expect:  styled 
// expect: 100% sure extra
// expect: % mid %
// expect: only one %s
// expect: %x unknown
// expect: trailing %
// expect: %
// expect: %%
// expect: no args %s
// expect: 5 %s x
// expect: a 1 true null undefined { o: 1 } [ 2 ] b
// expect:
// expect:
// expect: 12
// expect: k:%s
