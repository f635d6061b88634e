function returnOverride() {
  try {
    return "try";
  } finally {
    return "finally";
  }
}
console.log(returnOverride());

function throwOverride() {
  try {
    throw new Error("lost");
  } finally {
    return "finally wins over throw";
  }
}
console.log(throwOverride());

function finallyThrows() {
  try {
    return "try";
  } finally {
    throw new Error("finally error");
  }
}
try { finallyThrows(); } catch (e) { console.log("caught", e.message); }

function returnValueEvaluatedFirst() {
  let x = 1;
  try {
    return x;
  } finally {
    x = 2;
    console.log("finally sees x =", x);
  }
}
console.log(returnValueEvaluatedFirst());

function catchReturn() {
  try {
    throw 1;
  } catch (e) {
    return "catch " + e;
  } finally {
    console.log("finally after catch return");
  }
}
console.log(catchReturn());

function nested() {
  try {
    try {
      return "inner";
    } finally {
      console.log("inner finally");
    }
  } finally {
    console.log("outer finally");
  }
}
console.log(nested());

function catchThrows() {
  try {
    throw new Error("a");
  } catch (e) {
    throw new Error("b from catch");
  } finally {
    console.log("finally still runs");
  }
}
try { catchThrows(); } catch (e) { console.log(e.message); }

const order = [];
function withoutReturn() {
  try {
    order.push("try");
  } finally {
    order.push("finally");
  }
  order.push("after");
  return order.join(">");
}
console.log(withoutReturn());

// expect: finally
// expect: finally wins over throw
// expect: caught finally error
// expect: finally sees x = 2
// expect: 1
// expect: finally after catch return
// expect: catch 1
// expect: inner finally
// expect: outer finally
// expect: inner
// expect: finally still runs
// expect: b from catch
// expect: try>finally>after
