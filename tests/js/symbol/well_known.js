const names = Reflect.ownKeys(Symbol).filter((k) => typeof Symbol[k] === "symbol");
console.log(names.join());
for (const n of names) {
  const d = Object.getOwnPropertyDescriptor(Symbol, n);
  console.log(n, Symbol[n].toString(), Symbol[n].description, d.writable, d.enumerable, d.configurable,
    Symbol.keyFor(Symbol[n]));
}
Symbol.iterator = "nope"; // non-writable: ignored in sloppy mode
console.log(typeof Symbol.iterator);
console.log(Reflect.ownKeys(Symbol).join ? Reflect.ownKeys(Symbol).slice(0, 5).join() : "");

// expect: asyncIterator,hasInstance,isConcatSpreadable,iterator,match,matchAll,replace,search,species,split,toPrimitive,toStringTag,unscopables,dispose,asyncDispose
// expect: asyncIterator Symbol(Symbol.asyncIterator) Symbol.asyncIterator false false false undefined
// expect: hasInstance Symbol(Symbol.hasInstance) Symbol.hasInstance false false false undefined
// expect: isConcatSpreadable Symbol(Symbol.isConcatSpreadable) Symbol.isConcatSpreadable false false false undefined
// expect: iterator Symbol(Symbol.iterator) Symbol.iterator false false false undefined
// expect: match Symbol(Symbol.match) Symbol.match false false false undefined
// expect: matchAll Symbol(Symbol.matchAll) Symbol.matchAll false false false undefined
// expect: replace Symbol(Symbol.replace) Symbol.replace false false false undefined
// expect: search Symbol(Symbol.search) Symbol.search false false false undefined
// expect: species Symbol(Symbol.species) Symbol.species false false false undefined
// expect: split Symbol(Symbol.split) Symbol.split false false false undefined
// expect: toPrimitive Symbol(Symbol.toPrimitive) Symbol.toPrimitive false false false undefined
// expect: toStringTag Symbol(Symbol.toStringTag) Symbol.toStringTag false false false undefined
// expect: unscopables Symbol(Symbol.unscopables) Symbol.unscopables false false false undefined
// expect: dispose Symbol(nodejs.dispose) nodejs.dispose false false false nodejs.dispose
// expect: asyncDispose Symbol(nodejs.asyncDispose) nodejs.asyncDispose false false false nodejs.asyncDispose
// expect: symbol
// expect: length,name,prototype,for,keyFor
