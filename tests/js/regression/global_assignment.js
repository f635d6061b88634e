// Assigning to non-writable globals: ignored in sloppy code, a TypeError in
// strict code; var and function globals are writable.
var g = 1;
g = 2;
undefined = 3;
NaN = 4;
console.log(g, typeof undefined, Number.isNaN(NaN));
(function () {
  "use strict";
  try { undefined = 5; } catch (e) { console.log(e.constructor.name + ": " + e.message); }
  try { Infinity = 5; } catch (e) { console.log(e.constructor.name + ": " + e.message); }
})();

// expect: 2 undefined true
// expect: TypeError: Cannot assign to read only property 'undefined' of object '#<Object>'
// expect: TypeError: Cannot assign to read only property 'Infinity' of object '#<Object>'
