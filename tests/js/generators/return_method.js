function* g() {
  try {
    yield 1;
    yield 2;
  } finally {
    console.log("cleanup");
  }
}
const a = g();
console.log(JSON.stringify(a.next()));
console.log(JSON.stringify(a.return("early")));
console.log(JSON.stringify(a.next()));
// return() before start does not run the body.
const b = g();
console.log(JSON.stringify(b.return("unstarted")));
// finally can yield during return, and override the value.
function* stubborn() {
  try {
    yield "a";
  } finally {
    yield "from finally";
    return "finally return";
  }
}
const s = stubborn();
s.next();
console.log(JSON.stringify(s.return("requested")));
console.log(JSON.stringify(s.next()));
console.log(JSON.stringify(s.next()));
// return() on a completed generator.
const done = g();
done.next(); done.next(); done.next();
console.log(JSON.stringify(done.return(42)));

// expect: {"value":1,"done":false}
// expect: cleanup
// expect: {"value":"early","done":true}
// expect: {"done":true}
// expect: {"value":"unstarted","done":true}
// expect: {"value":"from finally","done":false}
// expect: {"value":"finally return","done":true}
// expect: {"done":true}
// expect: cleanup
// expect: {"value":42,"done":true}
