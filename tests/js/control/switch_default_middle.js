function run(x) {
  const out = [];
  switch (x) {
    case 1:
      out.push("1");
    default:
      out.push("default");
    case 2:
      out.push("2");
      break;
    case 3:
      out.push("3");
  }
  return out.join(" ");
}
console.log(run(1));
console.log(run(2));
console.log(run(3));
console.log(run(99));

// Cases after default are still tested before default is chosen.
const log = [];
function k(v) { log.push("test " + v); return v; }
switch (3) {
  case k(1):
    log.push("body 1");
  default:
    log.push("body default");
  case k(3):
    log.push("body 3");
}
console.log(log.join("; "));
log.length = 0;
switch (4) {
  case k(1):
    log.push("body 1");
  default:
    log.push("body default");
  case k(3):
    log.push("body 3");
}
console.log(log.join("; "));

// Default alone.
switch ("anything") {
  default:
    console.log("only default");
}
// Default first with fallthrough.
switch (7) {
  default:
    console.log("default first");
  case 8:
    console.log("falls into 8");
}

// expect: 1 default 2
// expect: 2
// expect: 3
// expect: default 2
// expect: test 1; test 3; body 3
// expect: test 1; test 3; body default; body 3
// expect: only default
// expect: default first
// expect: falls into 8
