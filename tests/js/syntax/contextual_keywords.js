// Words that are keywords only in some contexts can be identifiers elsewhere (sloppy).
var let = "let as var name";
console.log(let);
var yield = "yield outside generators";
console.log(yield);
var await = "await outside async";
console.log(await);
var async = (x) => x + " via async identifier";
console.log(async("call"));
var of = [1, 2];
for (var x of of) console.log("of", x);
const get = 1, set = 2, static_ = 3;
console.log({ get, set }.get + { get, set }.set);
const obj = { get: "g", set: "s", new: "n", class: "c", async: "a", await: "w" };
console.log(Object.values(obj).join(""));
// async followed by a newline is not an async function.
var res = async
function notAsync() { return "plain function"; }
console.log(typeof res, notAsync());

// expect: let as var name
// expect: yield outside generators
// expect: await outside async
// expect: call via async identifier
// expect: of 1
// expect: of 2
// expect: 3
// expect: gsncaw
// expect: function plain function
