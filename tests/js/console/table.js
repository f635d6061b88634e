console.table([{ a: 1, b: "Y" }, { a: "Z", b: 2 }]);
console.table([1, 2, 3]);
console.table(["apples", "oranges", "bananas"]);
console.table({ x: { a: 1 }, y: { b: 2 } });
console.table([{ a: 1, b: 2 }, { c: 3 }], ["a", "c"]);
console.table([[1, 2], [3, 4, 5]]);
console.table([{ name: "Alice", age: 30 }, { name: "Bob", age: 25, extra: true }, 7]);
console.table({ obj: { nested: { deep: 1 } }, arr: [1, 2, 3, 4, 5] });
console.table("not tabular");
console.table(42);
console.table([]);
console.table([{ "日本": "語", w: "ｗｉｄｅ" }]);
console.table([{ s: "a string", n: null, u: undefined, sym: Symbol("t") }]);

// expect: ┌─────────┬─────┬─────┐
// expect: │ (index) │ a   │ b   │
// expect: ├─────────┼─────┼─────┤
// expect: │ 0       │ 1   │ 'Y' │
// expect: │ 1       │ 'Z' │ 2   │
// expect: └─────────┴─────┴─────┘
// expect: ┌─────────┬────────┐
// expect: │ (index) │ Values │
// expect: ├─────────┼────────┤
// expect: │ 0       │ 1      │
// expect: │ 1       │ 2      │
// expect: │ 2       │ 3      │
// expect: └─────────┴────────┘
// expect: ┌─────────┬───────────┐
// expect: │ (index) │ Values    │
// expect: ├─────────┼───────────┤
// expect: │ 0       │ 'apples'  │
// expect: │ 1       │ 'oranges' │
// expect: │ 2       │ 'bananas' │
// expect: └─────────┴───────────┘
// expect: ┌─────────┬───┬───┐
// expect: │ (index) │ a │ b │
// expect: ├─────────┼───┼───┤
// expect: │ x       │ 1 │   │
// expect: │ y       │   │ 2 │
// expect: └─────────┴───┴───┘
// expect: ┌─────────┬───┬───┐
// expect: │ (index) │ a │ c │
// expect: ├─────────┼───┼───┤
// expect: │ 0       │ 1 │   │
// expect: │ 1       │   │ 3 │
// expect: └─────────┴───┴───┘
// expect: ┌─────────┬───┬───┬───┐
// expect: │ (index) │ 0 │ 1 │ 2 │
// expect: ├─────────┼───┼───┼───┤
// expect: │ 0       │ 1 │ 2 │   │
// expect: │ 1       │ 3 │ 4 │ 5 │
// expect: └─────────┴───┴───┴───┘
// expect: ┌─────────┬─────────┬─────┬───────┬────────┐
// expect: │ (index) │ name    │ age │ extra │ Values │
// expect: ├─────────┼─────────┼─────┼───────┼────────┤
// expect: │ 0       │ 'Alice' │ 30  │       │        │
// expect: │ 1       │ 'Bob'   │ 25  │ true  │        │
// expect: │ 2       │         │     │       │ 7      │
// expect: └─────────┴─────────┴─────┴───────┴────────┘
// expect: ┌─────────┬───┬───┬───┬───┬───┬─────────────┐
// expect: │ (index) │ 0 │ 1 │ 2 │ 3 │ 4 │ nested      │
// expect: ├─────────┼───┼───┼───┼───┼───┼─────────────┤
// expect: │ obj     │   │   │   │   │   │ { deep: 1 } │
// expect: │ arr     │ 1 │ 2 │ 3 │ 4 │ 5 │             │
// expect: └─────────┴───┴───┴───┴───┴───┴─────────────┘
// expect: not tabular
// expect: 42
// expect: ┌─────────┐
// expect: │ (index) │
// expect: ├─────────┤
// expect: └─────────┘
// expect: ┌─────────┬──────┬────────────┐
// expect: │ (index) │ 日本 │ w          │
// expect: ├─────────┼──────┼────────────┤
// expect: │ 0       │ '語' │ 'ｗｉｄｅ' │
// expect: └─────────┴──────┴────────────┘
// expect: ┌─────────┬────────────┬──────┬───────────┬───────────┐
// expect: │ (index) │ s          │ n    │ u         │ sym       │
// expect: ├─────────┼────────────┼──────┼───────────┼───────────┤
// expect: │ 0       │ 'a string' │ null │ undefined │ Symbol(t) │
// expect: └─────────┴────────────┴──────┴───────────┴───────────┘
