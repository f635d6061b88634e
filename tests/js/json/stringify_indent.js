const value = { a: 1, b: [1, "two", { c: null, d: [true, false] }], e: {}, f: [], g: "x" };
console.log(JSON.stringify(value, null, 2));
console.log(JSON.stringify(value, null, "\t"));
console.log(JSON.stringify(value, null, 20));
console.log(JSON.stringify(value, null, "abcdefghijklmnop"));
console.log(JSON.stringify(value, null, 0));
console.log(JSON.stringify(value, null, -1));
console.log(JSON.stringify(value, null, 3.9));
console.log(JSON.stringify(value, null, new Number(3)));
console.log(JSON.stringify(value, null, new String("--")));
console.log(JSON.stringify(value, null, ""));
console.log(JSON.stringify(value, null, true));
console.log(JSON.stringify([[]], null, 2));
console.log(JSON.stringify({}, null, 2), JSON.stringify([], null, 2));
console.log(JSON.stringify([1, [2, [3]]], null, 1));

// expect: {
// expect:   "a": 1,
// expect:   "b": [
// expect:     1,
// expect:     "two",
// expect:     {
// expect:       "c": null,
// expect:       "d": [
// expect:         true,
// expect:         false
// expect:       ]
// expect:     }
// expect:   ],
// expect:   "e": {},
// expect:   "f": [],
// expect:   "g": "x"
// expect: }
// expect: {
// expect: 	"a": 1,
// expect: 	"b": [
// expect: 		1,
// expect: 		"two",
// expect: 		{
// expect: 			"c": null,
// expect: 			"d": [
// expect: 				true,
// expect: 				false
// expect: 			]
// expect: 		}
// expect: 	],
// expect: 	"e": {},
// expect: 	"f": [],
// expect: 	"g": "x"
// expect: }
// expect: {
// expect:           "a": 1,
// expect:           "b": [
// expect:                     1,
// expect:                     "two",
// expect:                     {
// expect:                               "c": null,
// expect:                               "d": [
// expect:                                         true,
// expect:                                         false
// expect:                               ]
// expect:                     }
// expect:           ],
// expect:           "e": {},
// expect:           "f": [],
// expect:           "g": "x"
// expect: }
// expect: {
// expect: abcdefghij"a": 1,
// expect: abcdefghij"b": [
// expect: abcdefghijabcdefghij1,
// expect: abcdefghijabcdefghij"two",
// expect: abcdefghijabcdefghij{
// expect: abcdefghijabcdefghijabcdefghij"c": null,
// expect: abcdefghijabcdefghijabcdefghij"d": [
// expect: abcdefghijabcdefghijabcdefghijabcdefghijtrue,
// expect: abcdefghijabcdefghijabcdefghijabcdefghijfalse
// expect: abcdefghijabcdefghijabcdefghij]
// expect: abcdefghijabcdefghij}
// expect: abcdefghij],
// expect: abcdefghij"e": {},
// expect: abcdefghij"f": [],
// expect: abcdefghij"g": "x"
// expect: }
// expect: {"a":1,"b":[1,"two",{"c":null,"d":[true,false]}],"e":{},"f":[],"g":"x"}
// expect: {"a":1,"b":[1,"two",{"c":null,"d":[true,false]}],"e":{},"f":[],"g":"x"}
// expect: {
// expect:    "a": 1,
// expect:    "b": [
// expect:       1,
// expect:       "two",
// expect:       {
// expect:          "c": null,
// expect:          "d": [
// expect:             true,
// expect:             false
// expect:          ]
// expect:       }
// expect:    ],
// expect:    "e": {},
// expect:    "f": [],
// expect:    "g": "x"
// expect: }
// expect: {
// expect:    "a": 1,
// expect:    "b": [
// expect:       1,
// expect:       "two",
// expect:       {
// expect:          "c": null,
// expect:          "d": [
// expect:             true,
// expect:             false
// expect:          ]
// expect:       }
// expect:    ],
// expect:    "e": {},
// expect:    "f": [],
// expect:    "g": "x"
// expect: }
// expect: {
// expect: --"a": 1,
// expect: --"b": [
// expect: ----1,
// expect: ----"two",
// expect: ----{
// expect: ------"c": null,
// expect: ------"d": [
// expect: --------true,
// expect: --------false
// expect: ------]
// expect: ----}
// expect: --],
// expect: --"e": {},
// expect: --"f": [],
// expect: --"g": "x"
// expect: }
// expect: {"a":1,"b":[1,"two",{"c":null,"d":[true,false]}],"e":{},"f":[],"g":"x"}
// expect: {"a":1,"b":[1,"two",{"c":null,"d":[true,false]}],"e":{},"f":[],"g":"x"}
// expect: [
// expect:   []
// expect: ]
// expect: {} []
// expect: [
// expect:  1,
// expect:  [
// expect:   2,
// expect:   [
// expect:    3
// expect:   ]
// expect:  ]
// expect: ]
