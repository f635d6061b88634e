const custom = Symbol.for("nodejs.util.inspect.custom");
class Temp {
  constructor(c) { this.c = c; }
  [custom](depth, options, inspect) {
    return `Temp<${this.c}C depth=${depth} ${typeof options.stylize} ${typeof inspect}>`;
  }
}
console.log(new Temp(21));
console.log([new Temp(1), { t: new Temp(2) }]);
const returnsObject = { [custom]() { return { replaced: true, list: [1, 2] }; } };
console.log(returnsObject);
const returnsThis = { v: 1, [custom]() { return this; } };
console.log(returnsThis);
const multiLine = { [custom]() { return "line1\nline2"; } };
console.log({ nested: { m: multiLine } });
const usesInspect = {
  [custom](depth, options, inspect) { return "wrapped(" + inspect({ a: [1, 2] }, options) + ")"; },
};
console.log(usesInspect);
const opts = { [custom](depth, options) { return [options.depth, options.breakLength, options.compact, options.colors].join(","); } };
console.log(opts);

// expect: Temp<21C depth=2 function function>
// expect: [
// expect:   Temp<1C depth=1 function function>,
// expect:   { t: Temp<2C depth=0 function function> }
// expect: ]
// expect: { replaced: true, list: [ 1, 2 ] }
// expect: {
// expect:   v: 1,
// expect:   [Symbol(nodejs.util.inspect.custom)]: [Function: [nodejs.util.inspect.custom]]
// expect: }
// expect: {
// expect:   nested: {
// expect:     m: line1
// expect:     line2
// expect:   }
// expect: }
// expect: wrapped({ a: [ 1, 2 ] })
// expect: 2,80,3,false
