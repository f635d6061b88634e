console.log([]);
console.log([1, 2, 3]);
console.log([, 1, , , 2, ,]);
console.log(new Array(5), new Array(1), [undefined, null]);
console.log(Array.from({ length: 101 }, (_, i) => i));
console.log(Array.from({ length: 26 }, (_, i) => i * 100));
console.log(Array.from({ length: 30 }, (_, i) => "s" + i));
console.log(Array.from({ length: 20 }, (_, i) => "x".repeat(i)));
console.log([1, 2, 3, 4, 5, 6]);
console.log([1, 2, 3, 4, 5, 6, 7]);
console.log(["a", "b", "c", "d", "e", "f", "g"]);
console.log([-1, -22, -333, 4444, 55555, 666666, 7777777, 8, 9, 10]);
console.log([1n, 22n, 333n, 4444n, 5n, 6n, 7n, 8n]);
console.log([[1, 2], [3, 4], [5, 6], [7, 8], [9, 10], [11, 12], [13, 14], [15, 16]]);
const extra = [1, 2, 3];
extra.name = "list";
extra[Symbol("s")] = true;
console.log(extra);
const sparse = [1, 2];
sparse[10] = 3;
console.log(sparse);
const big = [];
big[200] = 1;
console.log(big);
console.log(Array.from({ length: 7 }, (_, i) => ({ id: i })));
console.log([["nested", ["deeper", ["deepest", ["too deep"]]]]]);
class MyArray extends Array {}
console.log(MyArray.from([1, 2, 3]));
console.log(Object.setPrototypeOf([1, 2], null));
console.log(Array.from({ length: 120 }, (_, i) => i % 3 === 0 ? "fizz" : i));

// expect: []
// expect: [ 1, 2, 3 ]
// expect: [ <1 empty item>, 1, <2 empty items>, 2, <1 empty item> ]
// expect: [ <5 empty items> ] [ <1 empty item> ] [ undefined, null ]
// expect: [
// expect:    0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11,
// expect:   12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,
// expect:   24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,
// expect:   36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,
// expect:   48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59,
// expect:   60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71,
// expect:   72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83,
// expect:   84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95,
// expect:   96, 97, 98, 99,
// expect:   ... 1 more item
// expect: ]
// expect: [
// expect:      0,  100,  200,  300,  400,
// expect:    500,  600,  700,  800,  900,
// expect:   1000, 1100, 1200, 1300, 1400,
// expect:   1500, 1600, 1700, 1800, 1900,
// expect:   2000, 2100, 2200, 2300, 2400,
// expect:   2500
// expect: ]
// expect: [
// expect:   's0',  's1',  's2',  's3',  's4',
// expect:   's5',  's6',  's7',  's8',  's9',
// expect:   's10', 's11', 's12', 's13', 's14',
// expect:   's15', 's16', 's17', 's18', 's19',
// expect:   's20', 's21', 's22', 's23', 's24',
// expect:   's25', 's26', 's27', 's28', 's29'
// expect: ]
// expect: [
// expect:   '',                   'x',
// expect:   'xx',                 'xxx',
// expect:   'xxxx',               'xxxxx',
// expect:   'xxxxxx',             'xxxxxxx',
// expect:   'xxxxxxxx',           'xxxxxxxxx',
// expect:   'xxxxxxxxxx',         'xxxxxxxxxxx',
// expect:   'xxxxxxxxxxxx',       'xxxxxxxxxxxxx',
// expect:   'xxxxxxxxxxxxxx',     'xxxxxxxxxxxxxxx',
// expect:   'xxxxxxxxxxxxxxxx',   'xxxxxxxxxxxxxxxxx',
// expect:   'xxxxxxxxxxxxxxxxxx', 'xxxxxxxxxxxxxxxxxxx'
// expect: ]
// expect: [ 1, 2, 3, 4, 5, 6 ]
// expect: [
// expect:   1, 2, 3, 4,
// expect:   5, 6, 7
// expect: ]
// expect: [
// expect:   'a', 'b', 'c',
// expect:   'd', 'e', 'f',
// expect:   'g'
// expect: ]
// expect: [
// expect:        -1,    -22,
// expect:      -333,   4444,
// expect:     55555, 666666,
// expect:   7777777,      8,
// expect:         9,     10
// expect: ]
// expect: [
// expect:      1n, 22n, 333n,
// expect:   4444n,  5n,   6n,
// expect:      7n,  8n
// expect: ]
// expect: [
// expect:   [ 1, 2 ],   [ 3, 4 ],
// expect:   [ 5, 6 ],   [ 7, 8 ],
// expect:   [ 9, 10 ],  [ 11, 12 ],
// expect:   [ 13, 14 ], [ 15, 16 ]
// expect: ]
// expect: [ 1, 2, 3, name: 'list', [Symbol(s)]: true ]
// expect: [ 1, 2, <8 empty items>, 3 ]
// expect: [ <200 empty items>, 1 ]
// expect: [
// expect:   { id: 0 },
// expect:   { id: 1 },
// expect:   { id: 2 },
// expect:   { id: 3 },
// expect:   { id: 4 },
// expect:   { id: 5 },
// expect:   { id: 6 }
// expect: ]
// expect: [ [ 'nested', [ 'deeper', [Array] ] ] ]
// expect: MyArray(3) [ 1, 2, 3 ]
// expect: [Array(2): null prototype] [ 1, 2 ]
// expect: [
// expect:   'fizz', 1,  2,  'fizz', 4,  5,  'fizz', 7,  8,
// expect:   'fizz', 10, 11, 'fizz', 13, 14, 'fizz', 16, 17,
// expect:   'fizz', 19, 20, 'fizz', 22, 23, 'fizz', 25, 26,
// expect:   'fizz', 28, 29, 'fizz', 31, 32, 'fizz', 34, 35,
// expect:   'fizz', 37, 38, 'fizz', 40, 41, 'fizz', 43, 44,
// expect:   'fizz', 46, 47, 'fizz', 49, 50, 'fizz', 52, 53,
// expect:   'fizz', 55, 56, 'fizz', 58, 59, 'fizz', 61, 62,
// expect:   'fizz', 64, 65, 'fizz', 67, 68, 'fizz', 70, 71,
// expect:   'fizz', 73, 74, 'fizz', 76, 77, 'fizz', 79, 80,
// expect:   'fizz', 82, 83, 'fizz', 85, 86, 'fizz', 88, 89,
// expect:   'fizz', 91, 92, 'fizz', 94, 95, 'fizz', 97, 98,
// expect:   'fizz',
// expect:   ... 20 more items
// expect: ]
