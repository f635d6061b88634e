// Sieve of Eratosthenes: tight loops over a dense array of booleans.
function sieve(limit) {
  var flags = new Array(limit + 1);
  var i, j;
  for (i = 0; i <= limit; i++) {
    flags[i] = true;
  }
  flags[0] = false;
  flags[1] = false;
  for (i = 2; i * i <= limit; i++) {
    if (flags[i]) {
      for (j = i * i; j <= limit; j += i) {
        flags[j] = false;
      }
    }
  }
  var count = 0;
  var sum = 0;
  var last = 0;
  for (i = 2; i <= limit; i++) {
    if (flags[i]) {
      count++;
      sum = (sum + i) % 1000000007;
      last = i;
    }
  }
  return [count, sum, last];
}

var LIMIT = 60000;
var r = sieve(LIMIT);
console.log("primes below " + LIMIT + ": " + r[0]);
console.log("largest " + r[2]);
console.log("checksum " + r[1]);
