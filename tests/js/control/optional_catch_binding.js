function parse(s) {
  try {
    return JSON.parse(s);
  } catch {
    return "invalid";
  }
}
console.log(parse("[1]")[0], parse("{"));

let ran = false;
try {
  throw new Error("ignored");
} catch {
  ran = true;
} finally {
  console.log("finally, catch ran:", ran);
}

// A catch without binding still catches non-Error values.
try { throw undefined; } catch { console.log("caught undefined"); }
try { throw null; } catch { console.log("caught null"); }

// Catch parameter shadows outer names and can be destructured.
const e = "outer";
try { throw { code: 42, detail: { msg: "deep" } }; } catch ({ code, detail: { msg } }) { console.log(code, msg); }
try { throw new Error("x"); } catch (e) { console.log(e.message); }
console.log(e);
try { throw [1, 2]; } catch ([a, b]) { console.log(a + b); }

// expect: 1 invalid
// expect: finally, catch ran: true
// expect: caught undefined
// expect: caught null
// expect: 42 deep
// expect: x
// expect: outer
// expect: 3
