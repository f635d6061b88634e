async function* countTo(n) {
  for (let i = 1; i <= n; i++) {
    await null;
    yield i;
  }
  return "finished";
}
async function main() {
  const seen = [];
  for await (const x of countTo(3)) seen.push(x);
  console.log("for await:", seen.join(","));
  // Manual iteration.
  const it = countTo(2);
  console.log(JSON.stringify(await it.next()), JSON.stringify(await it.next()), JSON.stringify(await it.next()));
  // for await over a sync iterable of promises.
  const values = [];
  for await (const v of [Promise.resolve("a"), "b", Promise.resolve("c")]) values.push(v);
  console.log("sync iterable:", values.join(""));
  // Early break calls return() and runs finally.
  async function* withCleanup() {
    try {
      yield 1;
      yield 2;
    } finally {
      console.log("async generator cleanup");
    }
  }
  for await (const v of withCleanup()) break;
  // yield* in async generators.
  async function* outer() {
    yield 0;
    yield* countTo(2);
  }
  const all = [];
  for await (const v of outer()) all.push(v);
  console.log("delegated:", all.join(","));
  console.log(Object.prototype.toString.call(countTo(1)));
}
main();

// expect: for await: 1,2,3
// expect: {"value":1,"done":false} {"value":2,"done":false} {"value":"finished","done":true}
// expect: sync iterable: abc
// expect: async generator cleanup
// expect: delegated: 0,1,2
// expect: [object AsyncGenerator]
