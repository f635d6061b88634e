// toLocaleString: node's default en-US formatting (grouping, at most 3 fraction digits).
const xs = [0, -0, 1, -1, 12345.6789, -1234567.891, 1e21, 0.0001234, 1.0005, 0.9995, 2.0005, 999.9995, 1234.5, 1e6, 0.5, 0.0005, -0.0001, 123456789.9995, NaN, Infinity, -Infinity, 5e-324, 2 ** 53, 1.23456789e-5, 100.1, 3.14159];
for (const x of xs) console.log(String(x), x.toLocaleString());
console.log((1.7976931348623157e308).toLocaleString().length, new Number(4321).toLocaleString());
// Options: minimumFractionDigits, maximumFractionDigits, useGrouping.
const cases = [[1234.5, {minimumFractionDigits: 2}], [1234.5678, {maximumFractionDigits: 0}], [0.5, {maximumFractionDigits: 0}], [2.5, {maximumFractionDigits: 0}], [-2.5, {maximumFractionDigits: 0}], [1234.5, {useGrouping: false}], [0.1, {maximumFractionDigits: 20}], [1/3, {maximumFractionDigits: 20}], [1, {minimumFractionDigits: 5}], [1.23456, {minimumFractionDigits: 1, maximumFractionDigits: 2}], [1e21, {useGrouping: false}], [5, {minimumFractionDigits: 4, maximumFractionDigits: 2}], [5, {maximumFractionDigits: 101}], [5, {minimumFractionDigits: -1}], [5, {maximumFractionDigits: 'x'}], [5, {maximumFractionDigits: 1}], [1.25, {maximumFractionDigits: 1}], [12345, {minimumFractionDigits: 3}], [1234, {useGrouping: 'always'}], [1234, {useGrouping: 'min2'}], [12345, {useGrouping: 'min2'}], [1234, null]];
for (const [x, o] of cases) { try { console.log(x.toLocaleString('en-US', o)); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } }
console.log((1234.5).toLocaleString(undefined), (1234.5).toLocaleString([]), (1234.5).toLocaleString('en'));

// expect: 0 0
// expect: 0 -0
// expect: 1 1
// expect: -1 -1
// expect: 12345.6789 12,345.679
// expect: -1234567.891 -1,234,567.891
// expect: 1e+21 1,000,000,000,000,000,000,000
// expect: 0.0001234 0
// expect: 1.0005 1.001
// expect: 0.9995 1
// expect: 2.0005 2.001
// expect: 999.9995 1,000
// expect: 1234.5 1,234.5
// expect: 1000000 1,000,000
// expect: 0.5 0.5
// expect: 0.0005 0.001
// expect: -0.0001 -0
// expect: 123456789.9995 123,456,790
// expect: NaN NaN
// expect: Infinity ∞
// expect: -Infinity -∞
// expect: 5e-324 0
// expect: 9007199254740992 9,007,199,254,740,992
// expect: 0.0000123456789 0
// expect: 100.1 100.1
// expect: 3.14159 3.142
// expect: 411 4,321
// expect: 1,234.50
// expect: 1,235
// expect: 1
// expect: 3
// expect: -3
// expect: 1234.5
// expect: 0.1
// expect: 0.3333333333333333
// expect: 1.00000
// expect: 1.23
// expect: 1000000000000000000000
// expect: RangeError: maximumFractionDigits value is out of range.
// expect: RangeError: maximumFractionDigits value is out of range.
// expect: RangeError: minimumFractionDigits value is out of range.
// expect: RangeError: maximumFractionDigits value is out of range.
// expect: 5
// expect: 1.3
// expect: 12,345.000
// expect: 1,234
// expect: 1234
// expect: 12,345
// expect: TypeError: Number.prototype.toLocaleString called on null or undefined
// expect: 1,234.5 1,234.5 1,234.5
