const s = "abc";
s[0] = "z";
console.log(s);
s.custom = 1;
console.log(s.custom);
const upper = s.toUpperCase();
console.log(s, upper);
// String objects have indexed, non-writable properties.
const obj = new String("xy");
console.log(typeof obj, obj.length, obj[0], Object.keys(obj).join(","));
const d = Object.getOwnPropertyDescriptor(obj, "0");
console.log(d.value, d.writable, d.enumerable, d.configurable);
obj[5] = "extra";
obj.custom = "ok";
console.log(obj[5], obj.custom, Object.keys(obj).join(","));
console.log(obj == "xy", obj === "xy", obj + "!", obj.valueOf() === "xy");
// in and delete on string objects.
console.log(0 in obj, 2 in obj, "length" in obj, delete obj[0], delete obj.length);

// expect: abc
// expect: undefined
// expect: abc ABC
// expect: object 2 x 0,1
// expect: x false true false
// expect: extra ok 0,1,5,custom
// expect: true false xy! true
// expect: true false true false false
