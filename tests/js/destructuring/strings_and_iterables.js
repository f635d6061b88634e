const [a, b, ...rest] = "héllo";
console.log(a, b, rest.join(""));
const [emoji, after] = "😀!";
console.log(emoji.length, after);
const [k] = new Map([[1, "one"]]).keys();
console.log(k);
function* nums() { yield 10; yield 20; yield 30; }
const [n1, , n3] = nums();
console.log(n1, n3);
const { 0: firstChar, length } = "xyz";
console.log(firstChar, length);
const [[c1], [c2]] = ["ab", "cd"];
console.log(c1, c2);

// expect: h é llo
// expect: 2 !
// expect: 1
// expect: 10 30
// expect: x 3
// expect: a c
