const log = [];
for (let i = 0; i < 3; i++) {
  try {
    if (i === 1) continue;
    if (i === 2) break;
    log.push("body" + i);
  } finally {
    log.push("finally" + i);
  }
}
console.log(log.join(" "));

// break in finally cancels a return.
function cancelReturn() {
  for (;;) {
    try {
      return "returned";
    } finally {
      break;
    }
  }
  return "break in finally won";
}
console.log(cancelReturn());

// continue in finally swallows an exception.
function swallow() {
  let count = 0;
  for (let i = 0; i < 3; i++) {
    try {
      throw new Error("x" + i);
    } finally {
      count++;
      continue;
    }
  }
  return "swallowed " + count;
}
console.log(swallow());

// Labeled break across several finally blocks.
const trace = [];
outer: for (;;) {
  try {
    for (;;) {
      try {
        break outer;
      } finally {
        trace.push("inner finally");
      }
    }
  } finally {
    trace.push("outer finally");
  }
}
console.log(trace.join(", "));

// break out of a labeled block through finally.
blk: try {
  break blk;
} finally {
  console.log("finally of labeled try");
}
console.log("done");

// expect: body0 finally0 finally1 finally2
// expect: break in finally won
// expect: swallowed 3
// expect: inner finally, outer finally
// expect: finally of labeled try
// expect: done
