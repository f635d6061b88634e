let e = "outer";
try {
  throw "inner";
} catch (e) {
  console.log(e);
  e = "reassigned";
  console.log(e);
}
console.log(e);

// Closures capture the catch binding.
const fns = [];
for (const v of [1, 2]) {
  try { throw v; } catch (x) { fns.push(() => x); }
}
console.log(fns.map((f) => f()).join(","));

// let in catch body is separate from the parameter.
try {
  throw 1;
} catch (err) {
  {
    let err = 2;
    console.log("inner", err);
  }
  console.log("param", err);
}

// expect: inner
// expect: reassigned
// expect: outer
// expect: 1,2
// expect: inner 2
// expect: param 1
