// Arrays: Array#sort with a comparator, map, filter, reduce, forEach,
// indexOf, slice, concat and push on arrays of numbers and of small objects.

var seed = 7;
function random() {
  seed = (seed * 16807) % 2147483647;
  return seed;
}

function makeRecords(n) {
  var out = [];
  for (var i = 0; i < n; i++) {
    out.push({ id: i, score: random() % 1000, group: random() % 7 });
  }
  return out;
}

function run(n) {
  var records = makeRecords(n);
  var sorted = records.slice().sort(function (a, b) {
    if (a.score !== b.score) return a.score - b.score;
    return a.id - b.id;
  });
  var ids = sorted.map(function (r) { return r.id; });
  var evens = ids.filter(function (id) { return id % 2 === 0; });
  var sum = evens.reduce(function (acc, id, index) {
    return (acc * 7 + id * (index + 1)) % 1000000007;
  }, 0);

  var byGroup = [0, 0, 0, 0, 0, 0, 0];
  records.forEach(function (r) { byGroup[r.group] += r.score; });

  var numbers = [];
  for (var i = 0; i < n; i++) numbers.push(random() % 100000);
  numbers.sort(function (a, b) { return a - b; });
  var median = numbers[n >> 1];
  var combined = numbers.slice(0, 10).concat(numbers.slice(n - 10));
  var top = sorted[sorted.length - 1];
  var position = ids.indexOf(top.id);

  return [sum, byGroup.join(","), median, combined.join(" ").length, position];
}

var result = run(5000);
console.log("groups " + result[1]);
console.log("median " + result[2] + " position " + result[4] + " width " + result[3]);
console.log("checksum " + result[0]);
