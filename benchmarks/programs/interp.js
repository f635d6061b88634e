// Interpreter: a tiny stack-machine bytecode interpreter with a switch
// dispatch loop, running a program that computes primes by trial division
// and sums of a Collatz walk.  Switch statements, array indexing and
// integer-valued arithmetic dominate.

var PUSH = 0, LOAD = 1, STORE = 2, ADD = 3, SUB = 4, MUL = 5, MOD = 6,
    LT = 7, EQ = 8, JMP = 9, JZ = 10, DIV2 = 11, PRINT = 12, HALT = 13,
    DUP = 14, POP = 15;

function run(code, nvars, out) {
  var stack = [];
  var sp = 0;
  var vars = new Array(nvars);
  for (var v = 0; v < nvars; v++) vars[v] = 0;
  var pc = 0;
  var steps = 0;
  var a, b;
  for (;;) {
    steps++;
    var op = code[pc++];
    switch (op) {
      case PUSH: stack[sp++] = code[pc++]; break;
      case LOAD: stack[sp++] = vars[code[pc++]]; break;
      case STORE: vars[code[pc++]] = stack[--sp]; break;
      case ADD: b = stack[--sp]; a = stack[--sp]; stack[sp++] = a + b; break;
      case SUB: b = stack[--sp]; a = stack[--sp]; stack[sp++] = a - b; break;
      case MUL: b = stack[--sp]; a = stack[--sp]; stack[sp++] = a * b; break;
      case MOD: b = stack[--sp]; a = stack[--sp]; stack[sp++] = a % b; break;
      case LT: b = stack[--sp]; a = stack[--sp]; stack[sp++] = a < b ? 1 : 0; break;
      case EQ: b = stack[--sp]; a = stack[--sp]; stack[sp++] = a === b ? 1 : 0; break;
      case DIV2: a = stack[--sp]; stack[sp++] = a >> 1; break;
      case JMP: pc = code[pc]; break;
      case JZ: a = stack[--sp]; if (a === 0) { pc = code[pc]; } else { pc++; } break;
      case DUP: a = stack[sp - 1]; stack[sp++] = a; break;
      case POP: sp--; break;
      case PRINT: out.push(stack[--sp]); break;
      case HALT: return steps;
      default: throw new Error("bad opcode " + op + " at " + (pc - 1));
    }
  }
}

// A two-pass assembler: labels are names ending in ':', jump targets '@name'.
function assemble(src) {
  var tokens = src.split("\n").join(" ").split(" ").filter(function (t) { return t.length > 0; });
  var names = { push: PUSH, load: LOAD, store: STORE, add: ADD, sub: SUB, mul: MUL,
                mod: MOD, lt: LT, eq: EQ, jmp: JMP, jz: JZ, div2: DIV2, print: PRINT,
                halt: HALT, dup: DUP, pop: POP };
  var labels = {};
  var pc = 0;
  var i, t;
  for (i = 0; i < tokens.length; i++) {
    t = tokens[i];
    if (t.charAt(t.length - 1) === ":") labels[t.slice(0, -1)] = pc;
    else pc++;
  }
  var code = [];
  for (i = 0; i < tokens.length; i++) {
    t = tokens[i];
    if (t.charAt(t.length - 1) === ":") continue;
    if (t.charAt(0) === "@") code.push(labels[t.slice(1)]);
    else if (names.hasOwnProperty(t)) code.push(names[t]);
    else code.push(parseInt(t, 10));
  }
  return code;
}

// vars: 0 n, 1 d, 2 isPrime, 3 count, 4 limit, 5 x, 6 collatz steps
var PROGRAM = [
  "push 500 store 4 push 2 store 0 push 0 store 3",
  "outer: load 0 load 4 lt jz @done",
  "  push 1 store 2 push 2 store 1",
  "inner: load 1 load 1 mul load 0 lt load 1 load 1 mul load 0 eq add jz @check",
  "  load 0 load 1 mod jz @notprime",
  "  load 1 push 1 add store 1 jmp @inner",
  "notprime: push 0 store 2",
  "check: load 2 jz @next",
  "  load 3 push 1 add store 3 load 0 print",
  "next: load 0 push 1 add store 0 jmp @outer",
  "done: load 3 print",
  "  push 27 store 5 push 0 store 6",
  "collatz: load 5 push 1 eq push 0 eq jz @end",
  "  load 6 push 1 add store 6",
  "  load 5 push 2 mod jz @even",
  "  load 5 push 3 mul push 1 add store 5 jmp @collatz",
  "even: load 5 div2 store 5 jmp @collatz",
  "end: load 6 print halt"
].join("\n");

var code = assemble(PROGRAM);
var out = [];
var steps = run(code, 7, out);
var h = 0;
for (var k = 0; k < out.length; k++) h = (h * 31 + out[k]) % 1000000007;
console.log("code " + code.length + " steps " + steps + " outputs " + out.length);
console.log("primes " + out[out.length - 2] + " collatz " + out[out.length - 1]);
console.log("checksum " + h);
