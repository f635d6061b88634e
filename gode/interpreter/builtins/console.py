"""The global ``console`` object, as node's (lib/internal/console/constructor.js).

Realm attributes: ``console_object``.

log/info/debug/dirxml write to stdout, warn/error/trace to stderr, each a
``util.format`` of the arguments plus a newline, indented by the current
``console.group`` depth.  Output goes through ``realm.host.write(stream,
text)`` (stream 'stdout' or 'stderr', text a JS string); without a host it is
written to sys.stdout / sys.stderr.  Values are colored as node colors them:
when FORCE_COLOR asks for it, or when the host says the stream is a TTY
(``host.is_tty(stream)``) and NO_COLOR / NODE_DISABLE_COLORS / TERM=dumb do
not forbid it.
"""

import os
import sys
import time

from ..runtime.values import undefined, null, SYM_TO_STRING_TAG, from_js_string
from ..runtime.objects import JSObject, Prop, ordered_keys
from ..runtime.errors import JSThrow
from ..runtime.type_conversion import to_string, to_boolean
from ..runtime.operators import is_array
from ..inspect import (format_args, inspect, get_string_width, InspectContext, format_value)
from .registry import Table, arg
from ..runtime.function import BuiltinFunction

methods = Table()


class ConsoleState:
    """The hidden state of one console: group indentation, counters, timers."""
    __slots__ = ("group_indent", "counts", "timers", "warned")

    def __init__(self):
        self.group_indent = ""
        self.counts = {}
        self.timers = {}
        self.warned = False


#: Spaces added per console.group level (node's groupIndentation default).
GROUP_INDENTATION = 2


def _state(realm):
    return realm.console_state


def _is_tty(realm, stream):
    host = realm.host
    if host is None:
        return False
    return bool(getattr(host, "is_tty", lambda s: False)(stream))


def _color_depth_allows_color(env):
    """node's getColorDepth() > 2 for the environment-variable rules."""
    force = env.get("FORCE_COLOR")
    if force is not None:
        return force in ("", "1", "true", "2", "3")
    return not ("NODE_DISABLE_COLORS" in env or "NO_COLOR" in env or env.get("TERM") == "dumb")


def should_colorize(realm, stream):
    """node's shouldColorize(stream): FORCE_COLOR decides if set, else the
    stream must be a TTY whose color depth is above 2 colors."""
    env = os.environ
    if env.get("FORCE_COLOR") is not None:
        return _color_depth_allows_color(env)
    return _is_tty(realm, stream) and _color_depth_allows_color(env)


def _inspect_options(realm, stream):
    return {"colors": True} if should_colorize(realm, stream) else {}


def write_to_console(realm, stream, text):
    """node's kWriteToConsole: apply the group indentation to every line and
    add the newline."""
    indent = _state(realm).group_indent
    if indent:
        if "\n" in text:
            text = text.replace("\n", "\n" + indent)
        text = indent + text
    text += "\n"
    host = realm.host
    if host is not None:
        host.write(stream, text)
    else:
        out = sys.stdout if stream == "stdout" else sys.stderr
        out.write(from_js_string(text))
        if stream == "stderr":
            out.flush()


def _emit_warning(realm, message):
    """process.emitWarning(message) as node prints it on stderr."""
    host = realm.host
    emit = getattr(host, "emit_warning", None) if host is not None else None
    if emit is not None:
        emit(message)
        return
    state = _state(realm)
    text = f"(node:{os.getpid()}) Warning: {message}\n"
    if not state.warned:
        state.warned = True
        text += "(Use `node --trace-warnings ...` to show where the warning was created)\n"
    if host is not None:
        host.write("stderr", text)
    else:
        sys.stderr.write(from_js_string(text))
        sys.stderr.flush()


def _label(args):
    """``label = 'default'`` then `${label}` (symbols throw)."""
    label = arg(args, 0)
    if label is undefined:
        return "default"
    return to_string(label)


# -- printing ---------------------------------------------------------------------------


@methods("log", 0)
def console_log(realm, this, args):
    write_to_console(realm, "stdout", format_args(realm, args, _inspect_options(realm, "stdout")))
    return undefined


@methods("warn", 0)
def console_warn(realm, this, args):
    write_to_console(realm, "stderr", format_args(realm, args, _inspect_options(realm, "stderr")))
    return undefined


@methods("dir", 0)
def console_dir(realm, this, args):
    """console.dir(object, options): inspect without custom inspect methods."""
    options = {"customInspect": False}
    options.update(_inspect_options(realm, "stdout"))
    opts = arg(args, 1)
    user_options = None
    if isinstance(opts, JSObject):
        from ..inspect import options_from_js
        extra, user_options = options_from_js(realm, [undefined, opts])
        options.update(extra)
    ctx = InspectContext(realm, options)
    ctx.user_options = user_options
    write_to_console(realm, "stdout", format_value(ctx, arg(args, 0), 0))
    return undefined


# -- timers ---------------------------------------------------------------------------------


@methods("time", 0)
def console_time(realm, this, args):
    label = _label(args)
    timers = _state(realm).timers
    if label in timers:
        _emit_warning(realm, f"Label '{label}' already exists for console.time()")
        return undefined
    timers[label] = time.perf_counter()
    return undefined


@methods("timeEnd", 0)
def console_time_end(realm, this, args):
    label = _label(args)
    if _time_log(realm, "timeEnd", label, None):
        del _state(realm).timers[label]
    return undefined


@methods("timeLog", 0)
def console_time_log(realm, this, args):
    label = _label(args)
    _time_log(realm, "timeLog", label, args[1:])
    return undefined


def _time_log(realm, name, label, data):
    start = _state(realm).timers.get(label)
    if start is None:
        _emit_warning(realm, f"No such label '{label}' for console.{name}()")
        return False
    ms = (time.perf_counter() - start) * 1000.0
    args = ["%s: %s", label, format_time(ms)]
    if data:
        args.extend(data)
    console_log(realm, undefined, args)
    return True


def _to_fixed3(x):
    # Number.prototype.toFixed(3) for the small non-negative durations here.
    return "%.3f" % x


def format_time(ms):
    """node's formatTime: '1.234ms', '1.500s', '1:02.003 (m:ss.mmm)'."""
    hours = minutes = 0
    seconds = 0.0
    if ms >= 1000:
        if ms >= 60000:
            if ms >= 3600000:
                hours = int(ms // 3600000)
                ms = ms % 3600000
            minutes = int(ms // 60000)
            ms = ms % 60000
        seconds = ms / 1000
    if hours != 0 or minutes != 0:
        sec_text, ms_text = _to_fixed3(seconds).split(".")
        res = f"{hours}:{minutes:02d}" if hours != 0 else str(minutes)
        return f"{res}:{sec_text.rjust(2, '0')}.{ms_text} ({'h:m' if hours != 0 else ''}m:ss.mmm)"
    if seconds != 0:
        return f"{_to_fixed3(seconds)}s"
    from ..runtime.type_conversion import number_to_string
    return f"{number_to_string(float(_to_fixed3(ms)))}ms"


# -- trace / assert ------------------------------------------------------------------------


@methods("trace", 0, name="trace")
def console_trace(realm, this, args):
    """console.trace: 'Trace: message' and the current stack on stderr."""
    from .error import capture_frames
    message = format_args(realm, args, _inspect_options(realm, "stderr"))
    lines = ["Trace: " + message if message else "Trace"]
    for site in capture_frames(realm):
        lines.append("    at " + site.describe())
    write_to_console(realm, "stderr", "\n".join(lines))
    return undefined


@methods("assert", 0)
def console_assert(realm, this, args):
    if not to_boolean(arg(args, 0)):
        rest = list(args[1:])
        if rest:
            first = rest[0]
            rest[0] = "Assertion failed: " + _template_string(first)
        else:
            rest = ["Assertion failed"]
        console_warn(realm, this, rest)
    return undefined


def _template_string(v):
    """`${v}`: ToString, which throws for symbols."""
    return to_string(v)


@methods("clear", 0)
def console_clear(realm, this, args):
    """Clears the screen only when stdout is a TTY (node checks TERM too)."""
    if _is_tty(realm, "stdout") and os.environ.get("TERM") != "dumb":
        write_raw = realm.host.write if realm.host is not None else None
        if write_raw is not None:
            write_raw("stdout", "\x1b[1;1H\x1b[0J")
    return undefined


# -- counters ------------------------------------------------------------------------------


@methods("count", 0)
def console_count(realm, this, args):
    label = _label(args)
    counts = _state(realm).counts
    counts[label] = counts.get(label, 0) + 1
    console_log(realm, undefined, [f"{label}: {counts[label]}"])
    return undefined


@methods("countReset", 0)
def console_count_reset(realm, this, args):
    raw = arg(args, 0)
    label = _label(args)
    counts = _state(realm).counts
    # node looks the label up before converting it, so a non-string label
    # (console.count(1) counts under '1') is never found.
    if label not in counts or (raw is not undefined and type(raw) is not str):
        _emit_warning(realm, f"Count for '{label}' does not exist")
        return undefined
    del counts[label]
    return undefined


# -- groups -----------------------------------------------------------------------------------


@methods("group", 0)
def console_group(realm, this, args):
    if args:
        console_log(realm, this, args)
    _state(realm).group_indent += " " * GROUP_INDENTATION
    return undefined


@methods("groupEnd", 0)
def console_group_end(realm, this, args):
    state = _state(realm)
    state.group_indent = state.group_indent[:max(0, len(state.group_indent) - GROUP_INDENTATION)]
    return undefined


# -- table ------------------------------------------------------------------------------------

_TABLE = {
    "middle_middle": "─", "row_middle": "┼", "top_right": "┐", "top_left": "┌",
    "left_middle": "├", "top_middle": "┬", "bottom_right": "┘", "bottom_left": "└",
    "bottom_middle": "┴", "right_middle": "┤", "left": "│ ", "right": " │", "middle": " │ ",
}


def _render_row(row, widths):
    out = _TABLE["left"]
    for i, cell in enumerate(row):
        # Cells are left-aligned (node 20; older versions centred them).
        out += cell + " " * (widths[i] - get_string_width(cell))
        if i != len(row) - 1:
            out += _TABLE["middle"]
    return out + _TABLE["right"]


def render_table(head, columns):
    """node's internal/cli_table: a box-drawn table of string cells;
    ``columns[i]`` is a dict row index -> cell (missing cells are blank)."""
    rows = []
    widths = [get_string_width(h) for h in head]
    longest = max((c.length if isinstance(c, _Column) else len(c)) for c in columns) \
        if columns else 0
    for i in range(len(head)):
        column = columns[i]
        for j in range(longest):
            while len(rows) <= j:
                rows.append([])
            row = rows[j]
            while len(row) <= i:
                row.append("")
            value = column.get(j, "")
            row[i] = value
            widths[i] = max(widths[i], get_string_width(value))
    divider = [_TABLE["middle_middle"] * (w + 2) for w in widths]
    result = (_TABLE["top_left"] + _TABLE["top_middle"].join(divider) + _TABLE["top_right"] + "\n"
              + _render_row(head, widths) + "\n"
              + _TABLE["left_middle"] + _TABLE["row_middle"].join(divider)
              + _TABLE["right_middle"] + "\n")
    for row in rows:
        result += _render_row(row, widths) + "\n"
    result += _TABLE["bottom_left"] + _TABLE["bottom_middle"].join(divider) + _TABLE["bottom_right"]
    return result


class _Column(dict):
    """A sparse column (index -> cell) remembering the JS array length it
    would have (the highest index written plus one)."""

    def __init__(self):
        dict.__init__(self)
        self.length = 0

    def set(self, i, cell):
        self[i] = cell
        if i + 1 > self.length:
            self.length = i + 1


def _dense_column(cells):
    c = _Column()
    for i, cell in enumerate(cells):
        c.set(i, cell)
    return c


def _own_enumerable_keys(o):
    out = []
    for k in o.own_property_keys():
        if type(k) is str:
            p = o.get_own_property(k)
            if p is not None and p.enumerable:
                out.append(k)
    return out


_TABLE_ROWS = {}

#: What node's console.table treats as a list (not expanded one level deeper).
_TYPED_ARRAYS = frozenset([
    "Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array", "Int32Array",
    "Uint32Array", "Float32Array", "Float64Array", "BigInt64Array", "BigUint64Array"])


def register_table_rows(js_class, rows):
    """Let console.table lay out objects of ``js_class`` as Map/Set rows:
    ``rows(value)`` returns ('map', [(key, value), ...]) for Map-like data
    (columns Key / Values) or ('set', [value, ...]) (column Values)."""
    _TABLE_ROWS[js_class] = rows


def _is_list_like(v):
    return is_array(v) or v.js_class in _TYPED_ARRAYS


@methods("table", 0)
def console_table(realm, this, args):
    """console.table(data, properties): node's box-drawing table of an
    object's or array's rows (Map/Set rows once those families register
    ``table_rows`` hooks)."""
    data = arg(args, 0)
    properties = arg(args, 1)
    if properties is not undefined and not is_array(properties):
        throw_invalid_arg_type(realm, 'The "properties" argument must be an instance of Array.'
                               + _received(realm, properties))
    if not isinstance(data, JSObject):
        return console_log(realm, this, [data])
    base_options = _inspect_options(realm, "stdout")

    def _inspect(v):
        depth = -1.0 if (isinstance(v, JSObject) and not _is_list_like(v)
                         and len(_own_enumerable_keys(v)) > 2) else 0.0
        opts = {"depth": depth, "maxArrayLength": 3.0, "breakLength": float("inf")}
        opts.update(base_options)
        return inspect(v, opts, realm)

    def final(head, columns):
        console_log(realm, this, [render_table(head, columns)])
        return undefined

    # Map / Set (and their iterators) supply their rows through a hook.
    table_rows = _TABLE_ROWS.get(data.js_class)
    if table_rows is not None:
        kind, entries = table_rows(data)
        index = _dense_column([_inspect(float(i)) for i in range(len(entries))])
        if kind == "map":
            return final(["(iteration index)", "Key", "Values"],
                         [index, _dense_column([_inspect(k) for k, _ in entries]),
                          _dense_column([_inspect(v) for _, v in entries])])
        return final(["(iteration index)", "Values"],
                     [index, _dense_column([_inspect(v) for v in entries])])

    prop_list = None
    if properties is not undefined:
        from ..runtime.object_operations import length_of_array_like
        n = length_of_array_like(properties)
        prop_list = [to_string(properties.get(str(i), properties)) for i in range(n)]
    columns_by_key = {}
    has_primitives = False
    values_column = _Column()
    index_keys = _own_enumerable_keys(data)
    for i, index_key in enumerate(index_keys):
        item = data.get(index_key, data)
        primitive = not isinstance(item, JSObject)
        if prop_list is None and primitive:
            has_primitives = True
            values_column.set(i, _inspect(item))
        else:
            keys = prop_list if prop_list is not None else _own_enumerable_keys(item)
            for key in keys:
                column = columns_by_key.get(key)
                if column is None:
                    column = columns_by_key[key] = _Column()
                if (primitive and prop_list is not None) or item.get_own_property(key) is None:
                    column.set(i, "")
                else:
                    column.set(i, _inspect(item.get(key, item)))
    # The columns were collected in an object: integer keys come first.
    head = ordered_keys(columns_by_key)
    columns = [columns_by_key[k] for k in head]
    if has_primitives:
        head.append("Values")
        columns.append(values_column)
    head.insert(0, "(index)")
    columns.insert(0, _dense_column(index_keys))
    return final(head, columns)


def _received(realm, value):
    """The ' Received ...' tail of node's ERR_INVALID_ARG_TYPE message
    (determineSpecificType in lib/internal/errors.js)."""
    if value is undefined or value is null:
        return f" Received {'undefined' if value is undefined else 'null'}"
    if isinstance(value, JSObject):
        if value.is_callable:
            return f" Received function {to_string(value.get('name', value))}"
        ctor = value.get("constructor", value)
        if isinstance(ctor, JSObject):
            name = ctor.get("name", ctor)
            if name is not undefined and name is not null:
                return f" Received an instance of {to_string(name)}"
        return " Received " + inspect(value, {"depth": -1.0}, realm)
    if type(value) is str and len(value) > 28:
        value = value[:25] + "..."
    shown = inspect(value, {"colors": False}, realm)
    t = {float: "number", str: "string", bool: "boolean", int: "bigint"}.get(type(value), "symbol")
    return f" Received type {t} ({shown})"


def throw_invalid_arg_type(realm, message):
    """Throw node's TypeError [ERR_INVALID_ARG_TYPE]: the code is an own
    enumerable property and appears in the stack header, as node does it."""
    err = realm.new_error("TypeError", message)
    code = "ERR_INVALID_ARG_TYPE"
    err.props["name"] = Prop(f"TypeError [{code}]", True, False, True)
    err.get("stack", err)  # the header is captured with the decorated name
    del err.props["name"]
    err.props["code"] = code
    raise JSThrow(err)


# -- profiling stubs of the inspector console --------------------------------------------------


def _noop(realm, this, args):
    return undefined


def setup(realm):
    realm.console_state = ConsoleState()
    # node's console is an ordinary object whose prototype is an empty object.
    console = JSObject(JSObject(realm.object_prototype))
    realm.console_object = console
    entries = {key: fn for key, fn, _, _ in methods.entries}
    lengths = {key: length for key, _, length, _ in methods.entries}

    def add(name, key=None):
        key = key or name
        console.props[name] = BuiltinFunction(realm, entries[key], name, lengths[key])

    # Property order as node's (Object.keys(console)).
    for name in ("log", "warn", "dir", "time", "timeEnd", "timeLog", "trace", "assert", "clear",
                 "count", "countReset", "group", "groupEnd", "table"):
        add(name)
    add("debug", "log")
    add("info", "log")
    add("dirxml", "log")
    add("error", "warn")
    add("groupCollapsed", "group")
    for name in ("profile", "profileEnd", "timeStamp"):
        console.props[name] = BuiltinFunction(realm, _noop, name, 0)
    console.define_builtin(SYM_TO_STRING_TAG, "console", writable=False)
    realm.define_global("console", console)
