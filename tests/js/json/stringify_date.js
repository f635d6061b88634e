// Date.prototype.toJSON through JSON.stringify.
console.log(JSON.stringify({ date: new Date(0) }));
console.log(JSON.stringify({ d: new Date(0) }, (k, v) => (typeof v === "string" ? "str:" + v : v)));
console.log(JSON.stringify(new Date(Date.UTC(2020, 0, 2, 3, 4, 5, 6))));
console.log(JSON.stringify([new Date(NaN)]));
console.log(JSON.parse(JSON.stringify({ when: new Date(86400000) })).when);

// expect: {"date":"1970-01-01T00:00:00.000Z"}
// expect: {"d":"str:1970-01-01T00:00:00.000Z"}
// expect: "2020-01-02T03:04:05.006Z"
// expect: [null]
// expect: 1970-01-02T00:00:00.000Z
