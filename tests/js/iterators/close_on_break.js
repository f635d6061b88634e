function tracked(name, n) {
  const log = [];
  let i = 0;
  const iterable = {
    [Symbol.iterator]() {
      return {
        next() { log.push("next"); return { value: i, done: i++ >= n }; },
        return(v) { log.push("return"); return { done: true }; },
      };
    },
  };
  return { iterable, log };
}
{
  const { iterable, log } = tracked("break", 5);
  for (const x of iterable) if (x === 1) break;
  console.log("break:", log.join(" "));
}
{
  const { iterable, log } = tracked("exhaust", 2);
  for (const x of iterable);
  console.log("exhausted:", log.join(" "));
}
{
  const { iterable, log } = tracked("return", 5);
  (function () { for (const x of iterable) return x; })();
  console.log("return:", log.join(" "));
}
{
  const { iterable, log } = tracked("throw", 5);
  try {
    for (const x of iterable) throw new Error("x");
  } catch (e) {}
  console.log("throw:", log.join(" "));
}
{
  const { iterable, log } = tracked("labeled continue", 5);
  outer: for (const y of [1, 2]) {
    for (const x of iterable) continue outer;
  }
  console.log("continue outer:", log.join(" "));
}
{
  // continue in the same loop does not close.
  const { iterable, log } = tracked("continue", 2);
  for (const x of iterable) continue;
  console.log("continue:", log.join(" "));
}
// An iterator without return() is fine.
const noReturn = { [Symbol.iterator]() { return { next() { return { value: 1, done: false }; } }; } };
for (const x of noReturn) break;
console.log("no return method ok");
// return() must return an object when called due to break.
const badReturn = {
  [Symbol.iterator]() {
    return { next() { return { value: 1, done: false }; }, return() { return 1; } };
  },
};
try {
  for (const x of badReturn) break;
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}

// expect: break: next next return
// expect: exhausted: next next next
// expect: return: next return
// expect: throw: next return
// expect: continue outer: next return next return
// expect: continue: next next next
// expect: no return method ok
// expect: TypeError: Iterator result 1 is not an object
