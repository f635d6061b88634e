"""The command line, shaped like node's.

    gode script.js [args...]   run a file as the main module
    gode -e CODE               evaluate CODE
    gode -p EXPR               evaluate EXPR and print the result
    gode -                     read the program from standard input
    gode -c/--check script.js  check syntax only
    gode --version / --help
    gode                       an interactive REPL (when standard input is a terminal)
"""

import sys

from . import __version__

USAGE = """Usage: gode [options] [ script.js ] [arguments]
       gode -e CODE | -p EXPR | - [arguments]

Options:
  -e, --eval CODE       evaluate CODE as a script
  -p, --print EXPR      evaluate EXPR and print its result
  -c, --check           check the script's syntax without running it
  -v, --version         print gode's version
  -h, --help            print this help
  --stack-size N        maximum nested JS calls (default 12000)
  -                     read the script from standard input

Environment:
  GODE_CACHE_DIR        where parsed sources are cached (default ~/.cache/gode/ast)
"""


def main(argv=None):
    args = list(sys.argv[1:] if argv is None else argv)
    code = None
    print_result = False
    check = False
    max_depth = 12000
    script = None
    while args:
        a = args[0]
        if a in ("-h", "--help"):
            sys.stdout.write(USAGE)
            return 0
        if a in ("-v", "--version"):
            sys.stdout.write(f"v{__version__}\n")
            return 0
        if a in ("-e", "--eval", "-p", "--print", "-pe", "-ep"):
            if len(args) < 2:
                sys.stderr.write(f"gode: {a} requires an argument\n")
                return 9
            code = args[1]
            print_result = a in ("-p", "--print", "-pe", "-ep")
            args = args[2:]
            break
        if a in ("-c", "--check"):
            check = True
            args = args[1:]
            continue
        if a.startswith("--stack-size"):
            value = a.split("=", 1)[1] if "=" in a else (args[1] if len(args) > 1 else "")
            try:
                max_depth = int(value)
            except ValueError:
                sys.stderr.write(f"gode: bad --stack-size value: {value}\n")
                return 9
            args = args[1:] if "=" in a else args[2:]
            continue
        if a == "-":
            script = "-"
            args = args[1:]
            break
        if a.startswith("-") and a != "-":
            sys.stderr.write(f"gode: bad option: {a}\n")
            return 9
        script = a
        args = args[1:]
        break

    from .runtime_api import Runtime
    rt = Runtime(argv=args, max_depth=max_depth)
    if check:
        if script is None or script == "-":
            source = sys.stdin.read() if script == "-" else (code or "")
            name = "[stdin]" if script == "-" else "[eval]"
        else:
            name = script
            try:
                with open(script, encoding="utf-8") as f:
                    source = f.read()
            except OSError:
                sys.stderr.write(f"Error: Cannot find module '{script}'\n")
                return 1
        return rt.check_syntax(source, name)
    if code is not None:
        return rt.run_source(code, "[eval]", args, print_result)
    if script == "-":
        return rt.run_source(sys.stdin.read(), "[stdin]", ["-"] + args, False)
    if script is None:
        if sys.stdin.isatty():
            return repl(rt)
        return rt.run_source(sys.stdin.read(), "[stdin]", args, False)
    return rt.run_main(script, args)


def repl(rt):
    """A read-eval-print loop like node's: results shown with util.inspect,
    errors as 'Uncaught ...', multi-line input continued with '... '."""
    try:
        import readline  # noqa: F401  (line editing and history when available)
    except ImportError:
        pass
    sys.stdout.write(f"Welcome to gode v{__version__}.\nType \".exit\" or press Ctrl+D to exit.\n")
    buffer = ""
    while True:
        try:
            line = input("... " if buffer else "> ")
        except EOFError:
            sys.stdout.write("\n")
            return 0
        except KeyboardInterrupt:
            sys.stdout.write("\n")
            buffer = ""
            continue
        if not buffer and line.strip() in (".exit", ".quit"):
            return 0
        buffer = buffer + "\n" + line if buffer else line
        if not buffer.strip():
            buffer = ""
            continue
        try:
            status, text = rt.repl_evaluate(buffer)
        except SystemExit as e:
            return e.code if isinstance(e.code, int) else 0
        if status == "incomplete":
            continue
        buffer = ""
        sys.stdout.write(text + "\n")
