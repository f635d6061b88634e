console.log(String.fromCharCode(72, 105), JSON.stringify(String.fromCharCode()));
// Lone surrogates are created without complaint.
const loneHigh = String.fromCharCode(0xd800);
const loneLow = String.fromCharCode(0xdfff);
console.log(loneHigh.length, loneHigh.charCodeAt(0).toString(16), loneLow.charCodeAt(0).toString(16));
console.log(loneHigh.codePointAt(0).toString(16));
// A pair builds an astral character.
const pair = String.fromCharCode(0xd83d, 0xde00);
console.log(pair === "😀", pair.codePointAt(0).toString(16));
// Arguments are truncated to 16 bits with ToUint16.
console.log(String.fromCharCode(0x10041) === "A", String.fromCharCode(-1).charCodeAt(0), String.fromCharCode(65.9));
console.log(String.fromCharCode("66"), String.fromCharCode(NaN).charCodeAt(0));
// Many arguments.
const codes = Array.from({ length: 26 }, (_, i) => 97 + i);
console.log(String.fromCharCode(...codes));

// expect: Hi ""
// expect: 1 d800 dfff
// expect: d800
// expect: true 1f600
// expect: true 65535 A
// expect: B 0
// expect: abcdefghijklmnopqrstuvwxyz
