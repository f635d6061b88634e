const data = {
  user: { name: "Ada", tags: ["math", "code"], address: { city: "London" } },
  list: [[1, 2], [3, [4, 5]]],
};
const {
  user: { name, tags: [firstTag, ...otherTags], address: { city } },
  list: [[one], [three, [four, five]]],
} = data;
console.log(name, firstTag, otherTags.join("+"), city);
console.log(one, three, four, five);

// Mixed nesting in parameters.
function draw({ at: [x, y] = [0, 0], style: { color = "black" } = {} } = {}) {
  return `${x},${y} ${color}`;
}
console.log(draw(), draw({ at: [3, 4] }), draw({ style: { color: "red" } }));

// Nested assignment pattern with member targets.
const out = { pos: [] };
({ a: { b: out.pos[0], c: [out.pos[1]] } } = { a: { b: "B", c: ["C"] } });
console.log(out.pos.join(""));

// Error when the nested value is missing.
try {
  const { missing: { x } } = {};
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
try {
  const [[y]] = [];
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}

// expect: Ada math code London
// expect: 1 3 4 5
// expect: 0,0 black 3,4 black 0,0 red
// expect: BC
// expect: TypeError: Cannot read properties of undefined (reading 'x')
// expect: TypeError: undefined is not iterable (cannot read property Symbol(Symbol.iterator))
