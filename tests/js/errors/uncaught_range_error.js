console.log([1, 2, 3].length);
new Array(-5);

// expect: 3
// expect-error: RangeError: Invalid array length
// expect-exit: 1
