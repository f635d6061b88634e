const high = "\uD83D";
const low = "\uDE00";
console.log((high + low) === "😀", (high + low).length);
console.log((low + high).codePointAt(0).toString(16), (low + high).length);
// Lone surrogates survive string operations.
const lone = "a" + high + "b";
console.log(lone.length, lone.charCodeAt(1).toString(16), lone.indexOf(high));
console.log(lone.isWellFormed(), "😀".isWellFormed());
console.log(lone.toWellFormed().charCodeAt(1).toString(16));
// Surrogates in JSON.
console.log(JSON.stringify(high), JSON.stringify("😀"), JSON.stringify(low + high));
console.log(JSON.parse('"\\ud83d\\ude00"') === "😀", JSON.parse('"\\ud800"').length);
// encodeURIComponent rejects lone surrogates.
try {
  encodeURIComponent(high);
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
console.log(encodeURIComponent("😀"));
// Comparison is by code units.
console.log("\uFFFF" > "😀", "\uD83D" < "\uD83D\uDE00");
// Concatenating halves across operations.
let built = "";
for (const unit of [0xd83d, 0xde00]) built += String.fromCharCode(unit);
console.log(built === "😀", [...built].length);
console.log([..."\uDE00\uD83D"].length);

// expect: true 2
// expect: de00 2
// expect: 3 d83d 1
// expect: false true
// expect: fffd
// expect: "\ud83d" "😀" "\ude00\ud83d"
// expect: true 1
// expect: URIError: URI malformed
// expect: %F0%9F%98%80
// expect: true true
// expect: true 1
// expect: 2
