"""The test262 conformance runner for gode (see runner.py and docs/conformance.md)."""
