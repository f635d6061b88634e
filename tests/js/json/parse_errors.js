const inputs = [
  "", " ", "xyz", "{", "{a", '{"a"', '{"a":', '{"a":1', '{"a":1,', '{"a":1,}', "[", "[1", "[1,",
  "[1,]", "[1 2]", '"abc', '"a\\x"', '"\\u12"', '"\\u12g4"', "tru", "truex", "trux", "tru e",
  'tr"', "tr1", "nul", "fals", "t", "[tru]", "01", "-01", "-", "-a", "1.", "1.e5", "1e", "1e+",
  "1ex", ".5", "+1", "NaN", "Infinity", "-Infinity", "undefined", "[object Object]",
  " [object Object]", '"a\nb"', '"\t"', '"\0"', '{"a" 1}', '{1:2}', "[1]x", "1 2", "\ufeff1",
  "'a'", '{"a":1 "b":2}', "[,1]", "a".repeat(50), '"' + "a".repeat(50),
  '{"abcdefghijklmnopqrstuvwxyz":1,"b":xyz}', "\u00e9", "\u00a0", "[\u00a0]", "1\u00a0",
  "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,x]",
  "[1,2,3,4,5,6,7,8,9,10,x,1,2,3,4,5,6,7,8,9]", "\n\n  x", '"\\"', '"\\', '"\\u', '"\\u00',
  '"abc\\', "[1e]", "[-]", '{"a":1}}', '{"a":1,"b"', '{"a":1,"b":}', '{"a":1,"b" 2}',
  '{"a":1,"b"x}', '{"a":1,"b" "c"}', '{"a" "b"}', '{"a":1,2', '{"a":[1,2}', '{"a":{"b":1]}',
  '["a" "b"]', "0.5.5", "1e5e", "x".repeat(10), "x".repeat(11), "12345xxxxxxxxxxxxxxxxxxxx",
];
for (const input of inputs) {
  try {
    JSON.parse(input);
    console.log("parsed", JSON.stringify(input));
  } catch (e) {
    console.log(e.constructor === SyntaxError, JSON.stringify(e.message));
  }
}

// expect: true "Unexpected end of JSON input"
// expect: true "Unexpected end of JSON input"
// expect: true "Unexpected token 'x', \"xyz\" is not valid JSON"
// expect: true "Expected property name or '}' in JSON at position 1"
// expect: true "Expected property name or '}' in JSON at position 1"
// expect: true "Expected ':' after property name in JSON at position 4"
// expect: true "Unexpected end of JSON input"
// expect: true "Expected ',' or '}' after property value in JSON at position 6"
// expect: true "Expected double-quoted property name in JSON at position 7"
// expect: true "Expected double-quoted property name in JSON at position 7"
// expect: true "Unexpected end of JSON input"
// expect: true "Expected ',' or ']' after array element in JSON at position 2"
// expect: true "Unexpected end of JSON input"
// expect: true "Unexpected token ']', \"[1,]\" is not valid JSON"
// expect: true "Expected ',' or ']' after array element in JSON at position 3"
// expect: true "Unterminated string in JSON at position 4"
// expect: true "Bad escaped character in JSON at position 3"
// expect: true "Bad Unicode escape in JSON at position 5"
// expect: true "Bad Unicode escape in JSON at position 5"
// expect: true "Unexpected end of JSON input"
// expect: true "Unexpected non-whitespace character after JSON at position 4"
// expect: true "Unexpected token 'x', \"trux\" is not valid JSON"
// expect: true "Unexpected token ' ', \"tru e\" is not valid JSON"
// expect: true "Unexpected string in JSON at position 2"
// expect: true "Unexpected number in JSON at position 2"
// expect: true "Unexpected end of JSON input"
// expect: true "Unexpected end of JSON input"
// expect: true "Unexpected end of JSON input"
// expect: true "Unexpected token ']', \"[tru]\" is not valid JSON"
// expect: true "Unexpected number in JSON at position 1"
// expect: true "Unexpected number in JSON at position 2"
// expect: true "No number after minus sign in JSON at position 1"
// expect: true "No number after minus sign in JSON at position 1"
// expect: true "Unterminated fractional number in JSON at position 2"
// expect: true "Unterminated fractional number in JSON at position 2"
// expect: true "Exponent part is missing a number in JSON at position 2"
// expect: true "Exponent part is missing a number in JSON at position 3"
// expect: true "Exponent part is missing a number in JSON at position 2"
// expect: true "Unexpected token '.', \".5\" is not valid JSON"
// expect: true "Unexpected token '+', \"+1\" is not valid JSON"
// expect: true "\"NaN\" is not valid JSON"
// expect: true "\"Infinity\" is not valid JSON"
// expect: true "No number after minus sign in JSON at position 1"
// expect: true "\"undefined\" is not valid JSON"
// expect: true "\"[object Object]\" is not valid JSON"
// expect: true "Unexpected token 'o', \" [object Object]\" is not valid JSON"
// expect: true "Bad control character in string literal in JSON at position 2"
// expect: true "Bad control character in string literal in JSON at position 1"
// expect: true "Bad control character in string literal in JSON at position 1"
// expect: true "Expected ':' after property name in JSON at position 5"
// expect: true "Expected property name or '}' in JSON at position 1"
// expect: true "Unexpected non-whitespace character after JSON at position 3"
// expect: true "Unexpected non-whitespace character after JSON at position 2"
// expect: true "Unexpected token '﻿', \"﻿1\" is not valid JSON"
// expect: true "Unexpected token ''', \"'a'\" is not valid JSON"
// expect: true "Expected ',' or '}' after property value in JSON at position 7"
// expect: true "Unexpected token ',', \"[,1]\" is not valid JSON"
// expect: true "Unexpected token 'a', \"aaaaaaaaaa\"... is not valid JSON"
// expect: true "Unterminated string in JSON at position 51"
// expect: true "Unexpected token 'x', ...\"yz\":1,\"b\":xyz}\" is not valid JSON"
// expect: true "Unexpected token 'é', \"é\" is not valid JSON"
// expect: true "Unexpected token ' ', \" \" is not valid JSON"
// expect: true "Unexpected token ' ', \"[ ]\" is not valid JSON"
// expect: true "Unexpected non-whitespace character after JSON at position 1"
// expect: true "Unexpected token 'x', ...\",28,29,30,x]\" is not valid JSON"
// expect: true "Unexpected token 'x', ...\",7,8,9,10,x,1,2,3,4,\"... is not valid JSON"
// expect: true "Unexpected token 'x', \"\n\n  x\" is not valid JSON"
// expect: true "Unterminated string in JSON at position 3"
// expect: true "Unexpected end of JSON input"
// expect: true "Bad Unicode escape in JSON at position 3"
// expect: true "Bad Unicode escape in JSON at position 5"
// expect: true "Unexpected end of JSON input"
// expect: true "Exponent part is missing a number in JSON at position 3"
// expect: true "No number after minus sign in JSON at position 2"
// expect: true "Unexpected non-whitespace character after JSON at position 7"
// expect: true "Unexpected end of JSON input"
// expect: true "Unexpected token '}', \"{\"a\":1,\"b\":}\" is not valid JSON"
// expect: true "Unexpected number in JSON at position 11"
// expect: true "Unexpected token 'x', \"{\"a\":1,\"b\"x}\" is not valid JSON"
// expect: true "Unexpected string in JSON at position 11"
// expect: true "Expected ':' after property name in JSON at position 5"
// expect: true "Expected double-quoted property name in JSON at position 7"
// expect: true "Expected ',' or ']' after array element in JSON at position 9"
// expect: true "Expected ',' or '}' after property value in JSON at position 11"
// expect: true "Expected ',' or ']' after array element in JSON at position 5"
// expect: true "Unexpected non-whitespace character after JSON at position 3"
// expect: true "Unexpected non-whitespace character after JSON at position 3"
// expect: true "Unexpected token 'x', \"xxxxxxxxxx\" is not valid JSON"
// expect: true "Unexpected token 'x', \"xxxxxxxxxxx\" is not valid JSON"
// expect: true "Unexpected non-whitespace character after JSON at position 5"
