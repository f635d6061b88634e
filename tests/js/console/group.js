console.log("level 0");
console.group("Group A");
console.log("level 1");
console.log({ multi: "line", object: { that: "is", long: "enough to wrap across several lines when printed" } });
console.group();
console.log("level 2\nsecond line");
console.groupEnd();
console.groupCollapsed("collapsed");
console.log("inside collapsed");
console.groupEnd();
console.groupEnd();
console.groupEnd();
console.log("back to 0");
console.group("%s and %d", "formatted", 3);
console.log("x");
console.groupEnd();

// expect: level 0
// expect: Group A
// expect:   level 1
// expect:   {
// expect:     multi: 'line',
// expect:     object: {
// expect:       that: 'is',
// expect:       long: 'enough to wrap across several lines when printed'
// expect:     }
// expect:   }
// expect:     level 2
// expect:     second line
// expect:   collapsed
// expect:     inside collapsed
// expect: back to 0
// expect: formatted and 3
// expect:   x
