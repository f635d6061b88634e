// encodeURI(Component), decodeURI(Component), escape, unescape.
console.log(encodeURIComponent('a b&c/é😀=?#'), encodeURI('http://x/a b?c=d&e#f[]'), encodeURIComponent("-_.!~*'()"), encodeURI(';/?:@&=+$,#'));
console.log(encodeURIComponent('\u0000\u007f\u0080\u07ff\u0800\uffff'), encodeURIComponent(123), encodeURIComponent(), encodeURI(null));
for (const bad of ['\ud800', 'a\udc00', '\ud800\ud800', '\udfff\ud800']) {
  try { encodeURIComponent(bad); } catch (e) { console.log(e.constructor.name, e.message); }
}
console.log(encodeURIComponent('\ud83d\ude00'), encodeURI('\u00e9'));
console.log(decodeURIComponent('%F0%9F%98%80'), decodeURIComponent('%23%24%2F%20'), decodeURI('%23%24%2F%20%3b%3B'), decodeURI('%41%c3%a9'), decodeURIComponent('no escapes'));
for (const bad of ['%', '%a', '%zz', '%E0%A4%A', '%C0%80', '%ED%A0%80', '%80', '%F8%80%80%80', '%C3', '%C3%28', '%F4%90%80%80', '%E0%80%80']) {
  try { decodeURIComponent(bad); console.log('ok', bad); } catch (e) { console.log(bad, e.constructor.name, e.message); }
}
console.log(decodeURIComponent('%EF%BF%BF').charCodeAt(0), decodeURIComponent('%F4%8F%BF%BF').length, decodeURI('%25'), decodeURIComponent('%25'));
console.log(escape('a b+c/é😀@*_-.'), escape('\u0100\u00ff'), escape(''), escape(12));
console.log(unescape('%u0041%41%zz%u12'), unescape('%E9%u00e9%'), unescape('%u004'), unescape('100%'), unescape(escape('ü😀x')));
console.log(encodeURI.length, decodeURIComponent.name, escape.length, unescape.name);
const d = Object.getOwnPropertyDescriptor(globalThis, 'encodeURI');
console.log(d.writable, d.enumerable, d.configurable);

// expect: a%20b%26c%2F%C3%A9%F0%9F%98%80%3D%3F%23 http://x/a%20b?c=d&e#f%5B%5D -_.!~*'() ;/?:@&=+$,#
// expect: %00%7F%C2%80%DF%BF%E0%A0%80%EF%BF%BF 123 undefined null
// expect: URIError URI malformed
// expect: URIError URI malformed
// expect: URIError URI malformed
// expect: URIError URI malformed
// expect: %F0%9F%98%80 %C3%A9
// expect: 😀 #$/  %23%24%2F %3b%3B Aé no escapes
// expect: % URIError URI malformed
// expect: %a URIError URI malformed
// expect: %zz URIError URI malformed
// expect: %E0%A4%A URIError URI malformed
// expect: %C0%80 URIError URI malformed
// expect: %ED%A0%80 URIError URI malformed
// expect: %80 URIError URI malformed
// expect: %F8%80%80%80 URIError URI malformed
// expect: %C3 URIError URI malformed
// expect: %C3%28 URIError URI malformed
// expect: %F4%90%80%80 URIError URI malformed
// expect: %E0%80%80 URIError URI malformed
// expect: 65535 2 % %
// expect: a%20b+c/%E9%uD83D%uDE00@*_-. %u0100%FF  12
// expect: AA%zz%u12 éé% %u004 100% ü😀x
// expect: 1 decodeURIComponent 1 unescape
// expect: true false true
