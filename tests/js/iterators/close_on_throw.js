// When the loop body throws, return() is called and its own errors are
// suppressed in favour of the original exception.
const log = [];
const iterable = {
  [Symbol.iterator]() {
    return {
      next() { return { value: 1, done: false }; },
      return() { log.push("return called"); throw new Error("from return"); },
    };
  },
};
try {
  for (const x of iterable) throw new Error("from body");
} catch (e) {
  console.log(e.message, log.join(","));
}
// But on break, return()'s error is thrown.
try {
  for (const x of iterable) break;
} catch (e) {
  console.log(e.message);
}
// If next() throws, return() is not called.
const log2 = [];
const throwingNext = {
  [Symbol.iterator]() {
    return {
      next() { throw new Error("from next"); },
      return() { log2.push("return"); return {}; },
    };
  },
};
try {
  for (const x of throwingNext);
} catch (e) {
  console.log(e.message, log2.length);
}
// If reading value throws, return() is not called either.
const log3 = [];
const throwingValue = {
  [Symbol.iterator]() {
    return {
      next() { return { done: false, get value() { throw new Error("from value"); } }; },
      return() { log3.push("return"); return {}; },
    };
  },
};
try {
  for (const x of throwingValue);
} catch (e) {
  console.log(e.message, log3.length);
}

// expect: from body return called
// expect: from return
// expect: from next 0
// expect: from value 0
