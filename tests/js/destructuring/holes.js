const [a, , b] = [1, 2, 3];
console.log(a, b);
const [c = "dflt", d] = [, "D"];
console.log(c, d);
const sparse = [, , "third"];
const [x, y, z] = sparse;
console.log(x, y, z);
const [, , , beyond = "past end"] = sparse;
console.log(beyond);
// Elisions at the end.
const [p, ,] = [1, 2, 3];
console.log(p);
// Holes in assignment patterns.
let m, n;
[, m, , n] = "abcd";
console.log(m, n);
// Spread of a sparse array produces undefined, not holes.
const copy = [...sparse];
console.log(0 in copy, 0 in sparse, copy.length);

// expect: 1 3
// expect: dflt D
// expect: undefined undefined third
// expect: past end
// expect: 1
// expect: b d
// expect: true false 3
