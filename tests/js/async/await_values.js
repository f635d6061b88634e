async function main() {
  console.log(await 1, await "str", await undefined);
  console.log(await Promise.resolve("resolved"));
  const thenable = { then(resolve) { resolve("from thenable"); } };
  console.log(await thenable);
  try {
    await Promise.reject(new Error("rejected"));
  } catch (e) {
    console.log("caught:", e.message);
  }
  try {
    await { then(_, reject) { reject("thenable rejection"); } };
  } catch (e) {
    console.log("caught:", e);
  }
  const results = await Promise.all([1, Promise.resolve(2), (async () => 3)()]);
  console.log(results.join(","));
  return "main done";
}
main().then((v) => console.log(v));
console.log("main returned a promise:", main.constructor.name);

// expect: main returned a promise: AsyncFunction
// expect: 1 str undefined
// expect: resolved
// expect: from thenable
// expect: caught: rejected
// expect: caught: thenable rejection
// expect: 1,2,3
// expect: main done
