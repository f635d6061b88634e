// Array destructuring uses the iterator protocol and closes unfinished iterators.
function logged(values) {
  const log = [];
  let i = 0;
  const it = {
    [Symbol.iterator]() { log.push("iter"); return this; },
    next() { log.push("next"); return i < values.length ? { value: values[i++], done: false } : { value: undefined, done: true }; },
    return() { log.push("return"); return {}; },
  };
  return { it, log };
}
{
  const { it, log } = logged([1, 2, 3]);
  const [a] = it;
  console.log(a, log.join(" "));
}
{
  const { it, log } = logged([1]);
  const [a, b] = it;
  console.log(a, b, log.join(" "));
}
{
  const { it, log } = logged([1, 2]);
  const [...r] = it;
  console.log(r.join(","), log.join(" "));
}
{
  const { it, log } = logged([1, 2]);
  const [] = it;
  console.log("empty pattern:", log.join(" "));
}
{
  // Throwing in a default closes the iterator.
  const { it, log } = logged([undefined, 2]);
  try {
    const [a = (() => { throw new Error("boom"); })()] = it;
  } catch (e) {
    console.log(e.message, log.join(" "));
  }
}
{
  // Elisions still call next.
  const { it, log } = logged([1, 2, 3]);
  const [, , c] = it;
  console.log(c, log.join(" "));
}
// Generators are closed too (finally runs).
function* gen() {
  try {
    yield 1;
    yield 2;
  } finally {
    console.log("generator finally");
  }
}
const [g1] = gen();
console.log(g1);

// expect: 1 iter next return
// expect: 1 undefined iter next next
// expect: 1,2 iter next next next
// expect: empty pattern: iter return
// expect: boom iter next return
// expect: 3 iter next next next return
// expect: generator finally
// expect: 1
