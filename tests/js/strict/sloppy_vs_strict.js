// The same operations silently fail in sloppy mode and throw in strict mode.
function sloppy(fn) {
  try { return "sloppy: " + fn(); } catch (e) { return "sloppy threw " + e.constructor.name; }
}
const frozen = Object.freeze({ x: 1 });
console.log(sloppy(() => { frozen.x = 2; return frozen.x; }));
console.log(sloppy(() => { "abc"[0] = "z"; return "ignored"; }));
console.log(sloppy(() => delete Object.prototype));
console.log(sloppy(() => { (5).prop = 1; return (5).prop; }));
function strictVersion() {
  "use strict";
  const out = [];
  for (const fn of [
    () => { frozen.x = 2; },
    () => { "abc"[0] = "z"; },
    () => delete Object.prototype,
    () => { (5).prop = 1; },
  ]) {
    try { fn(); out.push("ok"); } catch (e) { out.push(e.constructor.name); }
  }
  return "strict: " + out.join(",");
}
console.log(strictVersion());
// Functions inherit strictness lexically.
function outerStrict() {
  "use strict";
  return (function () { return this; })();
}
function outerSloppy() {
  return (function () { return this === globalThis; })();
}
console.log(outerStrict(), outerSloppy());
// "use strict" must be in the directive prologue.
function notDirective() {
  const x = 1;
  "use strict";
  return (function () { return this === globalThis; })();
}
console.log(notDirective());
// Directive after another directive still counts.
function secondDirective() {
  "another directive";
  "use strict";
  return this;
}
console.log(secondDirective());

// expect: sloppy: 1
// expect: sloppy: ignored
// expect: sloppy: false
// expect: sloppy: undefined
// expect: strict: TypeError,TypeError,TypeError,TypeError
// expect: undefined true
// expect: true
// expect: undefined
