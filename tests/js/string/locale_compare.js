// localeCompare approximates ICU root collation: punctuation < digits < letters, accents and case as tie-breakers.
const words = ['apple', 'Apple', 'APPLE', 'apples', 'applé', 'Äpfel', 'zebra', 'Zebra', 'éclair', 'eclair', 'Eclair', 'naïve', 'naive', 'résumé', 'resume', 'Resume', 'co-op', 'coop', 'co op', 'a1', 'a10', 'a2', 'A1', '_x', 'x_', 'straße', 'strasse', 'Strasse', 'ångström', 'angstrom', 'Øre', 'ore', 'über', 'uber', 'ﬁle', 'file', 'über-cool', '', ' ', 'a b', 'ab', 'a-b', "a'b", 'a.b', 'Ab', 'aB', 'AB', 'αβγ', 'abc', 'абв', '中文', 'x😀', 'x😁', '10', '9', '1.5', '-1', '$5', '5$'];
console.log(words.slice().sort((a, b) => a.localeCompare(b)).join('|'));
const p = [' ', '\u00a0', ',', '$', '_', '-', '!', '.', '0', '9', 'a', 'A', 'ß', 'é', '😀', '\ud800', '€', '+', '<', '=', '©', '^', '`', '~', '|', '\t', '\n', '/', '\\', '&', '#', '%', '@', '*', '(', '[', '{', '"', "'", '?', ':', ';'];
console.log(p.slice().sort((a, b) => a.localeCompare(b)).map(c => JSON.stringify(c)).join(' '));
console.log('a'.localeCompare('b', 'de'), 'ä'.localeCompare('a', 'sv', { sensitivity: 'base' }) !== undefined, String.prototype.localeCompare.length);

// expect: | |_x|-1|$5|1.5|10|5$|9|a b|a-b|a.b|a'b|a1|A1|a10|a2|ab|aB|Ab|AB|abc|angstrom|ångström|Äpfel|apple|Apple|APPLE|applé|apples|co op|co-op|coop|eclair|Eclair|éclair|file|ﬁle|naive|naïve|ore|Øre|resume|Resume|résumé|strasse|Strasse|straße|uber|über|über-cool|x_|x😀|x😁|zebra|Zebra|αβγ|абв|中文
// expect: "\t" "\n" " " " " "_" "-" "," ";" ":" "!" "?" "." "'" "\"" "(" "[" "{" "@" "*" "/" "\\" "&" "#" "%" "`" "^" "©" "+" "<" "=" "|" "~" "😀" "$" "€" "0" "9" "a" "A" "é" "ß" "\ud800"
// expect: -1 true 1
