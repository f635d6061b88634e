console.log(typeof console, Object.prototype.toString.call(console));
console.log(Object.keys(console).slice(0, 19).join(","));
console.log(console.log.name, console.log.length, console.error.name, console.info.name, console.table.length);
const d = Object.getOwnPropertyDescriptor(globalThis, "console");
console.log(d.writable, d.enumerable, d.configurable);
const t = Object.getOwnPropertyDescriptor(console, Symbol.toStringTag);
console.log(t.value, t.writable, t.enumerable, t.configurable);
const log = console.log;
log("detached call works");
console.info("info goes to stdout");
console.debug("debug goes to stdout");
console.dirxml("dirxml", "too");
console.assert(true, "never printed");
console.assert(1 === 1);
console.error("this goes to stderr");
console.warn("so does this");
console.log(console.log("inner") === undefined);

// expect: object [object console]
// expect: log,warn,dir,time,timeEnd,timeLog,trace,assert,clear,count,countReset,group,groupEnd,table,debug,info,dirxml,error,groupCollapsed
// expect: log 0 error info 0
// expect: true false true
// expect: console false false true
// expect: detached call works
// expect: info goes to stdout
// expect: debug goes to stdout
// expect: dirxml too
// expect: inner
// expect: true
