const log = [];
function task(name, ticks) {
  return new Promise((resolve) => {
    let remaining = ticks;
    function step() {
      if (remaining-- === 0) {
        log.push(name + " done");
        resolve(name);
      } else {
        Promise.resolve().then(step);
      }
    }
    step();
  });
}
async function sequential() {
  await task("s1", 3);
  await task("s2", 1);
}
async function parallel() {
  await Promise.all([task("p1", 3), task("p2", 1)]);
}
sequential()
  .then(() => {
    console.log("sequential:", log.join(", "));
    log.length = 0;
    return parallel();
  })
  .then(() => console.log("parallel:", log.join(", ")));

// expect: sequential: s1 done, s2 done
// expect: parallel: p2 done, p1 done
