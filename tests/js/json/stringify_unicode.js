// Well-formed JSON.stringify: lone surrogates come out as \udxxx escapes,
// pairs and other non-ASCII characters stay as they are.
function show(s) {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += c < 0x20 || c > 0x7e ? "<" + ("000" + c.toString(16)).slice(-4) + ">" : s[i];
  }
  return out;
}
const strings = ["\u2028\u2029", "\x00\x01\x1f\x7f", "\b\f\n\r\t\"\\/", "\ud800", "\udc00x",
  "\ud83d\ude00", "é日本", "\ud83d\ud83d\ude00", "\ude00\ud83d", "\x80\xff"];
for (const s of strings) {
  const json = JSON.stringify(s);
  console.log(json.length, show(json), JSON.parse(json) === s);
}
console.log(show(JSON.stringify({ "\ud800key": 1, "\n": 2 })));

// expect: 4 "<2028><2029>" true
// expect: 21 "\u0000\u0001\u001f<007f>" true
// expect: 17 "\b\f\n\r\t\"\\/" true
// expect: 8 "\ud800" true
// expect: 9 "\udc00x" true
// expect: 4 "<d83d><de00>" true
// expect: 5 "<00e9><65e5><672c>" true
// expect: 10 "\ud83d<d83d><de00>" true
// expect: 14 "\ude00\ud83d" true
// expect: 4 "<0080><00ff>" true
// expect: {"\ud800key":1,"\n":2}
