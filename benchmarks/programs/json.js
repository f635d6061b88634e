// JSON: build a nested document of objects, arrays, strings, numbers,
// booleans and null, then JSON.stringify / JSON.parse it repeatedly
// (plain and indented) and walk the parsed copy.

var seed = 12345;
function random() {
  seed = (seed * 16807) % 2147483647;
  return seed;
}

var TAGS = ["red", "green", "blue", "quoted \"tag\"", "tab\there", "caf\u00e9", "line\nbreak"];

function makeItem(i) {
  return {
    id: i,
    name: "item-" + i,
    price: (random() % 100000) / 100,
    active: random() % 2 === 0,
    parent: i % 5 === 0 ? null : i - 1,
    tags: [TAGS[random() % TAGS.length], TAGS[random() % TAGS.length]],
    dims: { w: random() % 50, h: random() % 50, d: random() % 50 }
  };
}

function makeDocument(n) {
  var items = [];
  for (var i = 0; i < n; i++) items.push(makeItem(i));
  return { version: 3, title: "inventory", items: items, meta: { count: n, empty: [], nested: { deep: { deeper: [1, [2, [3, [4]]]] } } } };
}

function walk(value, h) {
  if (value === null) return (h * 3 + 1) % 1000000007;
  if (typeof value === "boolean") return (h * 3 + (value ? 2 : 5)) % 1000000007;
  if (typeof value === "number") return (h * 7 + Math.floor(value * 100)) % 1000000007;
  if (typeof value === "string") return (h * 11 + value.length) % 1000000007;
  if (value instanceof Array) {
    for (var i = 0; i < value.length; i++) h = walk(value[i], h);
    return (h * 13 + value.length) % 1000000007;
  }
  for (var key in value) {
    h = (h * 17 + key.length) % 1000000007;
    h = walk(value[key], h);
  }
  return h;
}

var doc = makeDocument(600);
var text = "";
var copy = doc;
for (var round = 0; round < 5; round++) {
  text = JSON.stringify(copy);
  copy = JSON.parse(text);
}
var pretty = JSON.stringify(copy, null, 2);
var again = JSON.parse(pretty);
console.log("compact " + text.length + " pretty " + pretty.length);
console.log("same " + (JSON.stringify(again) === text));
console.log("checksum " + walk(again, 0));
