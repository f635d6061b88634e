const log = [];
setTimeout(() => log.push("timeout 0"), 0);
setTimeout(() => {
  log.push("timeout 10");
  console.log(log.join("\n"));
}, 10);
setTimeout(() => log.push("timeout 1"), 1);
Promise.resolve().then(() => log.push("promise"));
queueMicrotask(() => log.push("microtask"));
(async () => {
  await new Promise((resolve) => setTimeout(resolve, 5));
  log.push("after awaited timeout");
})();
log.push("sync");

// expect: sync
// expect: promise
// expect: microtask
// expect: timeout 0
// expect: timeout 1
// expect: after awaited timeout
// expect: timeout 10
