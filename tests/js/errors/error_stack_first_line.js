function first(e) { return e.stack.split("\n")[0]; }
console.log(first(new Error("plain")));
console.log(first(new TypeError("typed")));
console.log(first(new Error()));
console.log(first(new RangeError("")));
try { null.x; } catch (e) { console.log(first(e)); }
try { undefinedName; } catch (e) { console.log(first(e)); }
// The stack is captured at construction; later name/message changes don't update it.
const e = new Error("original");
e.message = "changed";
e.name = "Renamed";
console.log(first(e), "|", String(e));
// Stack frames mention the function names.
function outerFn() { return innerFn(); }
function innerFn() { return new Error("where").stack.split("\n")[1].trim().split(" ")[1]; }
console.log(outerFn());
// stack is an own property.
console.log(Object.hasOwn(new Error("x"), "stack"), typeof new Error().stack);
// Error objects thrown from builtins also have stacks.
try { JSON.parse("{bad"); } catch (err) { console.log(first(err)); }

// expect: Error: plain
// expect: TypeError: typed
// expect: Error
// expect: RangeError
// expect: TypeError: Cannot read properties of null (reading 'x')
// expect: ReferenceError: undefinedName is not defined
// expect: Renamed: changed | Renamed: changed
// expect: innerFn
// expect: true string
// expect: SyntaxError: Expected property name or '}' in JSON at position 1
