// A generator used as a coroutine / state machine.
function* trafficLight() {
  while (true) {
    const cmd = yield "green";
    if (cmd === "stop") return "stopped at green";
    yield "yellow";
    yield "red";
  }
}
const light = trafficLight();
const states = [];
for (let i = 0; i < 5; i++) states.push(light.next().value);
console.log(states.join(" -> "));
console.log(JSON.stringify(light.next("stop")));
// Generators interleaving.
function* counter(name, n) {
  for (let i = 1; i <= n; i++) yield `${name}${i}`;
}
function* roundRobin(...gens) {
  const active = gens.slice();
  while (active.length) {
    const g = active.shift();
    const { value, done } = g.next();
    if (!done) {
      yield value;
      active.push(g);
    }
  }
}
console.log([...roundRobin(counter("a", 3), counter("b", 1), counter("c", 2))].join(" "));
// Generator with try/finally resource pattern.
const log = [];
function* resource() {
  log.push("open");
  try {
    yield "r1";
    yield "r2";
  } finally {
    log.push("close");
  }
}
for (const r of resource()) {
  log.push(r);
  if (r === "r1") break;
}
console.log(log.join(" "));

// expect: green -> yellow -> red -> green -> yellow
// expect: {"value":"red","done":false}
// expect: a1 b1 c1 a2 c2 a3
// expect: open r1 close
