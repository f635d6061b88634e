function main() {
  return undefinedFunction();
}
main();

// expect-error: ReferenceError: undefinedFunction is not defined
// expect-exit: 1
