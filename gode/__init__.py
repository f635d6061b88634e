"""Gode: a JavaScript runtime in pure Python."""

__version__ = "0.1.0"
