const samples = ["", "a", "é", "e\u0301", "😀", "👍🏽", "👨‍👩‍👧", "🇯🇵", "日本語", "𝒳", "\u{10FFFF}", "a😀b"];
for (const s of samples) {
  console.log(JSON.stringify(s), s.length, [...s].length);
}
const emoji = "😀";
console.log(emoji[0] === "\uD83D", emoji[1] === "\uDE00", emoji.charCodeAt(0), emoji.charCodeAt(1));
console.log("😀😀".slice(0, 2) === "😀", "😀😀".indexOf("😀", 1), "😀😀".lastIndexOf("😀"));
console.log("a😀".split("").length, Array.from("a😀").length);
console.log("😀".padStart(4, "-"), "abc".at(-1), "😀".at(-1) === "\uDE00");
console.log("x".repeat(3).length, "😀".repeat(3).length);

// expect: "" 0 0
// expect: "a" 1 1
// expect: "é" 1 1
// expect: "é" 2 2
// expect: "😀" 2 1
// expect: "👍🏽" 4 2
// expect: "👨‍👩‍👧" 8 5
// expect: "🇯🇵" 4 2
// expect: "日本語" 3 3
// expect: "𝒳" 2 1
// expect: "􏿿" 2 1
// expect: "a😀b" 4 3
// expect: true true 55357 56832
// expect: true 2 2
// expect: 3 2
// expect: --😀 c true
// expect: 3 6
