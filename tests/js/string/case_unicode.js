// toLowerCase/toUpperCase (full Unicode mappings), locale variants, normalize, well-formedness.
console.log('Hello World'.toUpperCase(), 'Hello World'.toLowerCase());
console.log('straße'.toUpperCase(), 'ﬀ'.toUpperCase(), 'ŉ'.toUpperCase(), 'ǅ'.toUpperCase(), 'ǅ'.toLowerCase());
console.log('İ'.toLowerCase().length, 'ΑΣ'.toLowerCase(), 'ΑΣ Β'.toLowerCase(), 'Σ'.toLowerCase());
console.log('𐐀'.toLowerCase() === '𐐨', '𐐨'.toUpperCase() === '𐐀', '𐐀'.toLowerCase().length);
console.log(JSON.stringify('a\ud800B'.toUpperCase()), JSON.stringify('A\udc00b'.toLowerCase()));
console.log('istanbul'.toLocaleUpperCase('tr'), 'ISTANBUL'.toLocaleLowerCase('tr-TR'), 'İ'.toLocaleLowerCase('tr'), 'i'.toLocaleUpperCase('en-US'), 'I'.toLocaleLowerCase(['az']));
console.log('Abc'.toLocaleUpperCase(), 'Abc'.toLocaleLowerCase());
try { 'a'.toLocaleUpperCase('not a locale!'); } catch (e) { console.log(e.constructor.name, e.message); }
const nfc = '\u00e9', nfd = 'e\u0301';
console.log(nfc === nfd, nfd.normalize() === nfc, nfc.normalize('NFD') === nfd, nfc.normalize('NFD').length);
console.log('\u1e9b\u0323'.normalize('NFC').length, '\u1e9b\u0323'.normalize('NFD').length, '\u1e9b\u0323'.normalize('NFKC').length, '\u1e9b\u0323'.normalize('NFKD').length);
console.log('ﬁ'.normalize('NFKC'), '①'.normalize('NFKD'), 'a\ud800e\u0301'.normalize().length, 'abc'.normalize('NFD'));
for (const f of ['nfc', 'x', null, '']) {
  try { 'a'.normalize(f); } catch (e) { console.log(e.constructor.name, e.message); }
}
console.log('abc'.isWellFormed(), 'a\ud800'.isWellFormed(), '\udc00a'.isWellFormed(), '😀'.isWellFormed(), '\ude00\ud83d'.isWellFormed());
console.log(JSON.stringify('a\ud800b\udc00😀'.toWellFormed()), 'ok'.toWellFormed());
console.log('a'.localeCompare('b'), 'b'.localeCompare('a'), 'a'.localeCompare('a'), 'a'.localeCompare('B'), 'A'.localeCompare('a'));
console.log('résumé'.localeCompare('resume'), '\u0041\u030a'.localeCompare('\u00c5'), '10'.localeCompare('9'), 'ä'.localeCompare('b'), ''.localeCompare('a'));
console.log(['b', 'a', 'C', 'é', 'e', 'Z', 'z'].sort((x, y) => x.localeCompare(y)).join());
console.log('a'.localeCompare(), 'undefined'.localeCompare());

// expect: HELLO WORLD hello world
// expect: STRASSE FF ʼN Ǆ ǆ
// expect: 2 ας ας β σ
// expect: true true 2
// expect: "A\ud800B" "a\udc00b"
// expect: İSTANBUL ıstanbul i I ı
// expect: ABC abc
// expect: RangeError Incorrect locale information provided
// expect: false true true 2
// expect: 2 3 1 3
// expect: fi 1 3 abc
// expect: RangeError The normalization form should be one of NFC, NFD, NFKC, NFKD.
// expect: RangeError The normalization form should be one of NFC, NFD, NFKC, NFKD.
// expect: RangeError The normalization form should be one of NFC, NFD, NFKC, NFKD.
// expect: RangeError The normalization form should be one of NFC, NFD, NFKC, NFKD.
// expect: true false false true false
// expect: "a�b�😀" ok
// expect: -1 1 0 -1 1
// expect: 1 0 -1 -1 -1
// expect: a,b,C,e,é,z,Z
// expect: -1 0
