"""Gode: a JavaScript runtime in pure Python.

The embedding API::

    import gode
    rt = gode.Runtime(timeout=2.0, max_steps=10_000_000)
    rt.evaluate_script("1 + 2")            # -> 3.0
    try:
        rt.evaluate_script("null.x")
    except gode.JSError as e:
        print(e.name, e.message)           # TypeError Cannot read properties of null (reading 'x')

``Runtime.run_main(path, argv)`` runs a file the way ``node path`` does and
returns the process exit status; the command line uses it.
"""

__version__ = "0.1.0"

from .runtime_api import Runtime, JSError, LimitExceeded, undefined, null  # noqa: E402

__all__ = ["Runtime", "JSError", "LimitExceeded", "undefined", "null", "__version__"]
