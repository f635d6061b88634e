const found = [];
outer: for (let i = 0; i < 5; i++) {
  for (let j = 0; j < 5; j++) {
    if (i * j === 6) {
      found.push(i + "," + j);
      break outer;
    }
  }
}
console.log(found.join(" "));

// break out of a labeled block that is not a loop.
block: {
  console.log("in block");
  if (found.length) break block;
  console.log("not reached");
}
console.log("after block");

// Labeled while and do-while.
let n = 0;
loop: while (true) {
  do {
    n++;
    if (n > 3) break loop;
  } while (true);
}
console.log("n =", n);

// Nested labels on the same statement.
a: b: for (let i = 0; i < 3; i++) {
  if (i === 1) break a;
  console.log("i", i);
}

// break inside switch inside a labeled loop.
outer2: for (const x of [1, 2, 3]) {
  switch (x) {
    case 1:
      console.log("case 1, break switch only");
      break;
    case 2:
      console.log("case 2, break the loop");
      break outer2;
  }
  console.log("after switch", x);
}

// Labeled if statement.
lbl: if (true) {
  console.log("labeled if");
  break lbl;
}

// expect: 2,3
// expect: in block
// expect: after block
// expect: n = 4
// expect: i 0
// expect: case 1, break switch only
// expect: after switch 1
// expect: case 2, break the loop
// expect: labeled if
