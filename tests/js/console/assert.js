// console.assert prints to stderr (not checked here) and returns undefined.
console.log(console.assert(true, "not printed"));
console.log(console.assert(false, "printed on stderr %s", "formatted"));
console.assert(0);
console.assert("", { obj: 1 });
console.log("done");

// expect: undefined
// expect: undefined
// expect: done
