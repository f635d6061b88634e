class ConfigError extends Error {
  constructor(message) {
    super(message);
    this.name = "ConfigError";
  }
}
console.log("loading config");
throw new ConfigError("missing key 'port'");

// expect: loading config
// expect-error: ConfigError: missing key 'port'
// expect-exit: 1
