# A hand-written JSON-like serializer and parser with indentation, escaping, cycle detection and round trips.
# requires: float, bigint
class SerializeError(TypeError):
    pass


ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r", "\b": "\\b", "\f": "\\f"}


def quote(s):
    out = []
    for ch in s:
        if ch in ESCAPES:
            out.append(ESCAPES[ch])
        elif ord(ch) < 0x20:
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def dumps(obj, indent=None, sort_keys=False, _level=0, _seen=None):
    if _seen is None:
        _seen = set()
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if isinstance(obj, int):
        return str(obj)
    if isinstance(obj, float):
        if obj != obj:
            return "NaN"
        if obj in (float("inf"), float("-inf")):
            return "Infinity" if obj > 0 else "-Infinity"
        return repr(obj)
    if isinstance(obj, str):
        return quote(obj)
    if isinstance(obj, (list, tuple, dict)):
        if id(obj) in _seen:
            raise ValueError("Circular reference detected")
        _seen.add(id(obj))
        try:
            if isinstance(obj, dict):
                items = list(obj.items())
                if sort_keys:
                    items.sort(key=lambda kv: kv[0])
                for k, _ in items:
                    if not isinstance(k, str):
                        raise SerializeError("keys must be str, not %s" % type(k).__name__)
                parts = [quote(k) + ": " + dumps(v, indent, sort_keys, _level + 1, _seen) for k, v in items]
                open_, close = "{", "}"
            else:
                parts = [dumps(v, indent, sort_keys, _level + 1, _seen) for v in obj]
                open_, close = "[", "]"
        finally:
            _seen.discard(id(obj))
        if not parts:
            return open_ + close
        if indent is None:
            return open_ + ", ".join(parts) + close
        pad = " " * (indent * (_level + 1))
        end = " " * (indent * _level)
        return open_ + "\n" + ",\n".join(pad + p for p in parts) + "\n" + end + close
    raise SerializeError("Object of type %s is not serializable" % type(obj).__name__)


class Reader:
    def __init__(self, text):
        self.t = text
        self.i = 0

    def ws(self):
        while self.i < len(self.t) and self.t[self.i] in " \n\t\r":
            self.i += 1

    def value(self):
        self.ws()
        c = self.t[self.i:self.i + 1]
        if c == "{":
            self.i += 1
            d = {}
            self.ws()
            if self.t[self.i] == "}":
                self.i += 1
                return d
            while True:
                self.ws()
                k = self.value()
                self.ws()
                assert self.t[self.i] == ":", "expected ':' at %d" % self.i
                self.i += 1
                d[k] = self.value()
                self.ws()
                c = self.t[self.i]
                self.i += 1
                if c == "}":
                    return d
                assert c == ",", "expected ',' or '}' at %d" % (self.i - 1)
        if c == "[":
            self.i += 1
            lst = []
            self.ws()
            if self.t[self.i] == "]":
                self.i += 1
                return lst
            while True:
                lst.append(self.value())
                self.ws()
                c = self.t[self.i]
                self.i += 1
                if c == "]":
                    return lst
                assert c == ",", "expected ',' or ']' at %d" % (self.i - 1)
        if c == '"':
            self.i += 1
            buf = []
            while self.t[self.i] != '"':
                ch = self.t[self.i]
                if ch == "\\":
                    nxt = self.t[self.i + 1]
                    if nxt == "u":
                        buf.append(chr(int(self.t[self.i + 2:self.i + 6], 16)))
                        self.i += 6
                        continue
                    buf.append({"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f"}.get(nxt, nxt))
                    self.i += 2
                    continue
                buf.append(ch)
                self.i += 1
            self.i += 1
            return "".join(buf)
        for word, val in (("null", None), ("true", True), ("false", False)):
            if self.t.startswith(word, self.i):
                self.i += len(word)
                return val
        j = self.i
        while j < len(self.t) and self.t[j] in "+-0123456789.eE":
            j += 1
        num = self.t[self.i:j]
        if not num:
            raise ValueError("unexpected %r at %d" % (c, self.i))
        self.i = j
        return float(num) if any(ch in num for ch in ".eE") else int(num)


def loads(text):
    r = Reader(text)
    v = r.value()
    r.ws()
    if r.i != len(r.t):
        raise ValueError("extra data at %d" % r.i)
    return v


doc = {
    "name": "widget \"pro\"",
    "tags": ["a", "b\tc", ""],
    "size": [1, -2, 3.5, 1e20, 1e-7, 2 ** 70],
    "flags": {"on": True, "off": False, "none": None},
    "empty": {},
    "nothing": [],
    "nested": [[1, [2, [3, []]]], {"k": {"k2": "\x01\n"}}],
}
print(dumps(doc))
print(dumps(doc, indent=2, sort_keys=True))
print(dumps((1, (2,)), indent=4))
print(dumps([float("inf"), -float("inf"), 0.1 + 0.2, -0.0, 100.0]))

text = dumps(doc, sort_keys=True)
back = loads(text)
print(back == doc, back["size"][3], back["nested"][1]["k"]["k2"] == "\x01\n")
print(loads('  [1, 2.5, -3, "x\\"y", {"a": [true, false, null]}, 1E3]  '))

cyclic = [1, 2]
cyclic.append(cyclic)
shared = [1]
bad_values = [cyclic, {1: "x"}, {"s": {1, 2}}, [object], b"bytes"]
for bad in bad_values[1:]:
    try:
        dumps(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    dumps(cyclic)
except ValueError as e:
    print(type(e).__name__, e)
print(dumps([shared, shared, {"again": shared}]))

for src in ['[1, 2', '{"a" 1}', '[1] x', '@', '{"a": 1,}']:
    try:
        print(loads(src))
    except (ValueError, AssertionError, IndexError) as e:
        print(src, "->", type(e).__name__, e)
