// switch on literal cases keeps === semantics: no 1 == "1", no true == 1,
// -0 matches 0, NaN matches nothing, the first duplicate case wins.
function pick(v) {
  switch (v) {
    case 1: return "number 1";
    case "1": return "string 1";
    case 0: return "zero";
    case 2: return "first 2";
    case 2: return "second 2";
    default: return "default";
  }
}
console.log([1, "1", true, -0, 0, NaN, 2, undefined, null, 1n].map(pick).join(" | "));

// expect: number 1 | string 1 | default | zero | zero | default | first 2 | default | default | default
