// Annex B: HTML-like comments are allowed in scripts (CommonJS included).
let x = 1;
<!-- this whole line is a comment
console.log("after html open comment", x);
--> this is a comment at the start of a line
console.log("after html close comment");
x = 5 <!-- 3;
console.log(x);
/* multi-line comment */ --> also a comment after a block comment on one line
console.log("done");

// expect: after html open comment 1
// expect: after html close comment
// expect: 5
// expect: done
