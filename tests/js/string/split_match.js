// split with string separators, and dispatch of split/match/matchAll/search to Symbol methods.
console.log('a,b,,c'.split(','), 'abc'.split(''), 'abc'.split('', 2), ''.split(','), ''.split(''));
console.log('abc'.split(), 'abc'.split(undefined, 0), 'a,b,c'.split(',', 2), 'a,b'.split(',', -1), 'a,b'.split(',', 2 ** 32 + 1));
console.log('a1b1c'.split(1), 'anullb'.split(null), 'a<>b<>'.split('<>'), 'aaa'.split('a'), 'a😀b'.split(''));
console.log('one  two'.split(' '), 'x'.split('x'), 'abc'.split('abcd'));
const log = [];
const splitter = { [Symbol.split](str, limit) { log.push(str, limit); return ['custom']; } };
console.log('hello'.split(splitter, 3), log.join());
const matcher = { [Symbol.match](str) { return 'match:' + str; } };
const searcher = { [Symbol.search](str) { return 'search:' + str; } };
const allMatcher = { [Symbol.matchAll](str) { return 'matchAll:' + str; } };
console.log('s'.match(matcher), 's'.search(searcher), 's'.matchAll(allMatcher));
console.log(String.prototype.match.call(12, matcher), String.prototype.split.call(true, 'u'));
try { 's'.matchAll({ [Symbol.match]: true, flags: 'i', [Symbol.matchAll]() {} }); } catch (e) { console.log(e.constructor.name, e.message); }
try { 's'.matchAll({ [Symbol.match]: true, flags: undefined }); } catch (e) { console.log(e.constructor.name, e.message); }
console.log('s'.matchAll({ [Symbol.match]: true, flags: 'gy', [Symbol.matchAll]() { return 'ok'; } }));
for (const m of ['split', 'match', 'matchAll', 'search']) {
  try { String.prototype[m].call(null, 'x'); } catch (e) { console.log(e.constructor.name, e.message); }
}
try { 'a'.split({ [Symbol.split]: 'nope' }); } catch (e) { console.log(e.constructor.name, e.message); }

// expect: [ 'a', 'b', '', 'c' ] [ 'a', 'b', 'c' ] [ 'a', 'b' ] [ '' ] []
// expect: [ 'abc' ] [] [ 'a', 'b' ] [ 'a', 'b' ] [ 'a' ]
// expect: [ 'a', 'b', 'c' ] [ 'a', 'b' ] [ 'a', 'b', '' ] [ '', '', '', '' ] [ 'a', '\ud83d', '\ude00', 'b' ]
// expect: [ 'one', '', 'two' ] [ '', '' ] [ 'abc' ]
// expect: [ 'custom' ] hello,3
// expect: match:s search:s matchAll:s
// expect: match:12 [ 'tr', 'e' ]
// expect: TypeError String.prototype.matchAll called with a non-global RegExp argument
// expect: TypeError The .flags property of the argument to String.prototype.matchAll cannot be null or undefined
// expect: ok
// expect: TypeError String.prototype.split called on null or undefined
// expect: TypeError String.prototype.match called on null or undefined
// expect: TypeError String.prototype.matchAll called on null or undefined
// expect: TypeError String.prototype.search called on null or undefined
// expect: TypeError string "nope" is not a function
