const café = "latin accent";
const π = Math.PI;
const 変数 = "japanese";
const переменная = "cyrillic";
const ñandú = "spanish";
const $dollar = "dollar", _under = "underscore", $ = "$", _ = "_";
console.log(café, π.toFixed(2), 変数, переменная, ñandú, $dollar, _under, $, _);
const obj = { ключ: 1, 鍵: 2, clé: 3 };
console.log(obj.ключ + obj.鍵 + obj.clé, Object.keys(obj).join(","));
function größe(x) { return x * 2; }
console.log(größe(21), größe.name);
class Ĉevalo { get nomo() { return "Ĉevalo"; } }
console.log(new Ĉevalo().nomo, Ĉevalo.name);

// expect: latin accent 3.14 japanese cyrillic spanish dollar underscore $ _
// expect: 6 ключ,鍵,clé
// expect: 42 größe
// expect: Ĉevalo Ĉevalo
