function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.constructor.name + ": " + e.message);
  }
}
attempt("let before decl", () => { const r = x; let x = 1; return r; });
attempt("const before decl", () => { const r = c; const c = 1; return r; });
attempt("class before decl", () => { new K(); class K {} });
attempt("self reference", () => { let s = s + 1; return s; });
attempt("closure called early", () => {
  const read = () => later;
  const v = read();
  let later = 2;
  return v;
});
attempt("closure called after", () => {
  const read = () => later;
  let later = 2;
  return read();
});
attempt("inner block shadows", () => {
  let v = "outer";
  {
    try { return v; } finally { }
    let v = "inner";
  }
});
attempt("default param refers to later", () => {
  function f(a = b, b = 1) { return a; }
  return f();
});
attempt("default param refers to earlier", () => {
  function f(a = 1, b = a + 1) { return b; }
  return f();
});
attempt("assignment in TDZ", () => { z = 5; let z; });
attempt("uninitialized let is undefined", () => { let u; return u; });
attempt("switch case scope", () => {
  switch (1) {
    case 0: let q = 0;
    case 1: return q;
  }
});
attempt("for-of head TDZ", () => { for (const t of [t]) {} });

// expect: let before decl ReferenceError: Cannot access 'x' before initialization
// expect: const before decl ReferenceError: Cannot access 'c' before initialization
// expect: class before decl ReferenceError: Cannot access 'K' before initialization
// expect: self reference ReferenceError: Cannot access 's' before initialization
// expect: closure called early ReferenceError: Cannot access 'later' before initialization
// expect: closure called after 2
// expect: inner block shadows ReferenceError: Cannot access 'v' before initialization
// expect: default param refers to later ReferenceError: Cannot access 'b' before initialization
// expect: default param refers to earlier 2
// expect: assignment in TDZ ReferenceError: Cannot access 'z' before initialization
// expect: uninitialized let is undefined undefined
// expect: switch case scope ReferenceError: Cannot access 'q' before initialization
// expect: for-of head TDZ ReferenceError: Cannot access 't' before initialization
