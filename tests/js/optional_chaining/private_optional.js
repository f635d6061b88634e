class Node {
  #value;
  #next = null;
  constructor(v, next = null) { this.#value = v; this.#next = next; }
  static second(n) { return n?.#next?.#value; }
  static third(n) { return n.#next?.#next?.#value ?? "none"; }
}
const list = new Node(1, new Node(2, new Node(3)));
console.log(Node.second(list), Node.third(list));
console.log(Node.second(null), Node.third(new Node(1)));
console.log(Node.second(new Node(1)));

// expect: 2 3
// expect: undefined none
// expect: undefined
