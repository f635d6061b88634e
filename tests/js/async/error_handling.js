async function failing(msg) {
  await null;
  throw new Error(msg);
}
async function main() {
  try {
    await failing("first");
  } catch (e) {
    console.log("try/catch:", e.message);
  } finally {
    console.log("finally runs");
  }
  const settled = await Promise.allSettled([failing("a"), Promise.resolve("b")]);
  console.log(settled.map((s) => s.status + ":" + (s.value ?? s.reason.message)).join(" "));
  try {
    await Promise.any([failing("x"), failing("y")]);
  } catch (e) {
    console.log(e.constructor.name, e.errors.map((err) => err.message).join(","));
  }
  const winner = await Promise.race([failing("slow").catch(() => "caught slow"), "immediate"]);
  console.log("race:", winner);
  // Rejections handled later via .catch.
  const p = failing("handled later");
  await null;
  await p.catch((e) => console.log("late catch:", e.message));
}
main().then(() => console.log("main resolved"));

// expect: try/catch: first
// expect: finally runs
// expect: rejected:a fulfilled:b
// expect: AggregateError x,y
// expect: race: immediate
// expect: late catch: handled later
// expect: main resolved
