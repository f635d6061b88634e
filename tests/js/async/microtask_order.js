const log = [];
log.push("sync 1");
Promise.resolve().then(() => log.push("then 1"));
queueMicrotask(() => log.push("microtask"));
(async () => {
  log.push("async body start");
  await null;
  log.push("after await");
})();
Promise.resolve().then(() => log.push("then 2")).then(() => log.push("then 2b"));
log.push("sync 2");
Promise.resolve().then(() => Promise.resolve().then(() => Promise.resolve())).then(() => {
  log.push("late");
  console.log(log.join("\n"));
});

// expect: sync 1
// expect: async body start
// expect: sync 2
// expect: then 1
// expect: microtask
// expect: after await
// expect: then 2
// expect: then 2b
// expect: late
