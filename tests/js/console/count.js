console.count();
console.count();
console.count("label");
console.count("default");
console.count("label");
console.countReset("label");
console.count("label");
console.count(1);
console.count(1);
console.countReset();
console.count();

// expect: default: 1
// expect: default: 2
// expect: label: 1
// expect: default: 3
// expect: label: 2
// expect: label: 1
// expect: 1: 1
// expect: 1: 2
// expect: default: 1
