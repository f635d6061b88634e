// Sloppy direct eval declares vars in the calling function's scope.
function leaks() {
  eval("var leaked = 'from eval'");
  return typeof leaked + ":" + leaked;
}
console.log(leaks());
// Function declarations leak too.
function fnLeak() {
  eval("function declared() { return 'declared in eval'; }");
  return declared();
}
console.log(fnLeak());
// let/const/class stay inside the eval.
function noLeak() {
  eval("let l = 1; const c = 2; class K {}");
  return [typeof l, typeof c, typeof K].join(",");
}
console.log(noLeak());
// Indirect eval declares globals.
(0, eval)("var globalFromIndirect = 'global'");
console.log(globalThis.globalFromIndirect, typeof globalFromIndirect);
delete globalThis.globalFromIndirect;
// Vars created by eval are deletable.
function deletable() {
  eval("var temp = 1");
  const d = delete temp;
  return d + " " + typeof temp;
}
console.log(deletable());
// eval var conflicting with a let in an enclosing scope is a SyntaxError.
function conflict() {
  let clash = 1;
  {
    try {
      eval("var clash = 2");
    } catch (e) {
      return e.constructor.name + ": " + e.message;
    }
  }
}
console.log(conflict());
// eval can modify closed-over variables.
function modify() {
  let counter = 1;
  eval("counter += 41");
  return counter;
}
console.log(modify());

// expect: string:from eval
// expect: declared in eval
// expect: undefined,undefined,undefined
// expect: global string
// expect: true undefined
// expect: SyntaxError: Identifier 'clash' has already been declared
// expect: 42
