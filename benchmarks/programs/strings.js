// Strings: building text by concatenation and Array#join, then taking it
// apart again with split, indexOf, slice, charCodeAt, toUpperCase and
// replace.  Exercises the String builtins and string allocation.

var WORDS = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf",
             "hotel", "india", "juliet", "kilo", "lima", "mike", "november"];

// Park-Miller minimal standard generator: exact in double arithmetic.
var seed = 42;
function random() {
  seed = (seed * 16807) % 2147483647;
  return seed;
}

function hashString(s, h) {
  for (var i = 0; i < s.length; i++) {
    h = (h * 31 + s.charCodeAt(i)) % 1000000007;
  }
  return h;
}

function buildLine(n) {
  var line = "";
  for (var i = 0; i < n; i++) {
    if (i > 0) line += " ";
    line += WORDS[random() % WORDS.length];
  }
  return line;
}

function run(lines) {
  var parts = [];
  for (var i = 0; i < lines; i++) {
    parts.push(i + ": " + buildLine(8 + i % 5));
  }
  var text = parts.join("\n");

  var h = 0;
  var rows = text.split("\n");
  var wordCount = 0;
  var longest = "";
  for (var r = 0; r < rows.length; r++) {
    var row = rows[r];
    var body = row.slice(row.indexOf(": ") + 2);
    var words = body.split(" ");
    wordCount += words.length;
    for (var w = 0; w < words.length; w++) {
      if (words[w].length > longest.length) longest = words[w];
    }
    var upper = body.toUpperCase().replace("ALPHA", "A").replace("ECHO", "E");
    h = hashString(upper, h);
    h = hashString(words.reverse().join("-"), h);
  }

  var found = 0;
  var pos = text.indexOf("delta");
  while (pos !== -1) {
    found++;
    pos = text.indexOf("delta", pos + 1);
  }
  return [text.length, wordCount, found, longest, h];
}

var r = run(400);
console.log("length " + r[0] + " words " + r[1] + " delta " + r[2] + " longest " + r[3]);
console.log("checksum " + r[4]);
