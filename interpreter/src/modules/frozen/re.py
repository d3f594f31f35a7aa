"""Regular expressions, as CPython's re module: compile, match, search, fullmatch,
findall, finditer, sub, subn, split, escape and purge; Pattern and Match objects; the
RegexFlag flags; and error.

Patterns are compiled and run by the native _re module (a backtracking matcher); this module
holds the objects, the flag type, the cache of compiled patterns and the replacement
templates of sub."""

import _re

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"

_MAXSIZE = 9223372036854775807
# Matches found per call of the matcher while iterating.
_CHUNK = 16

_MISSING = object()


def _args(name, args, kw, names, defaults):
    """Binds the arguments of a method as CPython's argument clinic does, with its messages."""
    n = len(names)
    given = len(args) + len(kw)
    if given > n:
        if not args:
            raise TypeError("%s() takes at most %d keyword argument%s (%d given)"
                            % (name, n, "" if n == 1 else "s", given))
        raise TypeError("%s() takes at most %d argument%s (%d given)"
                        % (name, n, "" if n == 1 else "s", given))
    values = list(args) + [_MISSING] * (n - len(args))
    for k in kw:
        if k not in names:
            raise TypeError("'%s' is an invalid keyword argument for %s()" % (k, name))
        i = names.index(k)
        if i < len(args):
            raise TypeError("argument for %s() given by name ('%s') and position (%d)"
                            % (name, k, i + 1))
        values[i] = kw[k]
    required = n - len(defaults)
    for i in range(n):
        if values[i] is _MISSING:
            if i < required:
                raise TypeError("%s() missing required argument '%s' (pos %d)"
                                % (name, names[i], i + 1))
            values[i] = defaults[i - required]
    return values


_STRING_POS = ("string", "pos", "endpos")
_POS_DEFAULTS = (0, _MAXSIZE)


class _FlagType(type):
    def __repr__(cls):
        return "<flag %r>" % cls.__name__


# The members in the order their names are listed.
_FLAG_NAMES = (
    ("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32),
    ("MULTILINE", 8), ("DOTALL", 16), ("VERBOSE", 64), ("TEMPLATE", 1),
    ("DEBUG", 128),
)
_FLAG_MASK = 511


class RegexFlag(int, metaclass=_FlagType):
    """The flags of a pattern: an int whose repr names them (re.IGNORECASE|re.MULTILINE)."""

    __slots__ = ()
    _members = {}

    def __new__(cls, value=0):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid RegexFlag" % (value,))
        value = int(value)
        if value < 0:
            value = value & _FLAG_MASK
        known = cls._members.get(value)
        if known is not None:
            return known
        self = int.__new__(cls, value)
        cls._members[value] = self
        return self

    @property
    def value(self):
        return int(self)

    def _parts(self):
        v = int(self)
        names = []
        for name, bit in _FLAG_NAMES:
            if v & bit:
                names.append(name)
                v &= ~bit
        return names, v

    @property
    def name(self):
        v = int(self)
        if v == 0:
            return "NOFLAG"
        names, rest = self._parts()
        if not names:
            return None
        if rest:
            names.append("0x%x" % rest)
        return "|".join(names)

    def __repr__(self):
        v = int(self)
        if v == 0:
            return "re.NOFLAG"
        names, rest = self._parts()
        if not names:
            return "re.RegexFlag(%d)" % v
        text = "|".join(["re." + n for n in names])
        if rest:
            text += "|0x%x" % rest
        return text

    __str__ = __repr__

    def __format__(self, spec):
        if spec:
            return format(int(self), spec)
        return repr(self)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & _FLAG_MASK)

    def __contains__(self, other):
        if not isinstance(other, RegexFlag):
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'"
                % (type(other).__qualname__, type(self).__qualname__))
        return int(other) & int(self) == int(other)

    def __iter__(self):
        v = int(self)
        for bit in (1, 2, 4, 8, 16, 32, 64, 128, 256):
            if v & bit:
                yield RegexFlag(bit)

    def __len__(self):
        return bin(int(self) & _FLAG_MASK).count("1")

    def __reduce__(self):
        return (RegexFlag, (int(self),))


RegexFlag.__module__ = "re"
NOFLAG = RegexFlag.NOFLAG = RegexFlag(0)
ASCII = A = RegexFlag.ASCII = RegexFlag.A = RegexFlag(256)
IGNORECASE = I = RegexFlag.IGNORECASE = RegexFlag.I = RegexFlag(2)
LOCALE = L = RegexFlag.LOCALE = RegexFlag.L = RegexFlag(4)
UNICODE = U = RegexFlag.UNICODE = RegexFlag.U = RegexFlag(32)
MULTILINE = M = RegexFlag.MULTILINE = RegexFlag.M = RegexFlag(8)
DOTALL = S = RegexFlag.DOTALL = RegexFlag.S = RegexFlag(16)
VERBOSE = X = RegexFlag.VERBOSE = RegexFlag.X = RegexFlag(64)
TEMPLATE = T = RegexFlag.TEMPLATE = RegexFlag.T = RegexFlag(1)
DEBUG = RegexFlag.DEBUG = RegexFlag(128)


class error(Exception):
    """A pattern or template that cannot be compiled: msg, pattern, pos, lineno, colno."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = "re"

# Pattern repr lists flags in value order; UNICODE is implied for str patterns.
_REPR_FLAGS = (
    ("TEMPLATE", 1), ("IGNORECASE", 2), ("LOCALE", 4), ("MULTILINE", 8),
    ("DOTALL", 16), ("UNICODE", 32), ("VERBOSE", 64), ("DEBUG", 128), ("ASCII", 256),
)

_mappingproxy = type(type("_C", (), {}).__dict__)


class Pattern:
    """A compiled regular expression."""

    __slots__ = ("_pattern", "_flags", "_groups", "_groupindex", "_code", "_names")

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    @property
    def pattern(self):
        return self._pattern

    @property
    def flags(self):
        return self._flags

    @property
    def groups(self):
        return self._groups

    @property
    def groupindex(self):
        return _mappingproxy(self._groupindex)

    def __repr__(self):
        text = repr(self._pattern)
        if len(text) > 200:
            text = text[:200]
        flags = self._flags
        if isinstance(self._pattern, str):
            flags &= ~32
        if not flags:
            return "re.compile(%s)" % text
        names = []
        for name, bit in _REPR_FLAGS:
            if flags & bit:
                names.append("re." + name)
                flags &= ~bit
        if flags:
            names.append("0x%x" % flags)
        return "re.compile(%s, %s)" % (text, "|".join(names))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self._flags == other._flags
                and type(self._pattern) is type(other._pattern)
                and self._pattern == other._pattern)

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        return hash((self._pattern, self._flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (_compile, (self._pattern, self._flags))

    def _match(self, string, pos=0, endpos=_MAXSIZE, mode=0):
        m = _re.match(self._code, string, pos, endpos, mode, False)
        if m is None:
            return None
        n = 2 * self._groups + 2
        return _new_match(self, string, m[:n], m[n], m[n + 1], m[n + 2])

    def match(self, *args, **kw):
        if kw or not 0 < len(args) < 4:
            args = _args("match", args, kw, _STRING_POS, _POS_DEFAULTS)
        return self._match(*args, mode=0)

    def fullmatch(self, *args, **kw):
        if kw or not 0 < len(args) < 4:
            args = _args("fullmatch", args, kw, _STRING_POS, _POS_DEFAULTS)
        return self._match(*args, mode=1)

    def search(self, *args, **kw):
        if kw or not 0 < len(args) < 4:
            args = _args("search", args, kw, _STRING_POS, _POS_DEFAULTS)
        return self._match(*args, mode=2)

    def findall(self, *args, **kw):
        if kw or not 0 < len(args) < 4:
            args = _args("findall", args, kw, _STRING_POS, _POS_DEFAULTS)
        return self._findall(*args)

    def _findall(self, string, pos=0, endpos=_MAXSIZE):
        flat = _re.scan(self._code, string, pos, endpos, 0, False)
        string = _plain(string)
        n = 2 * self._groups + 5
        out = []
        g = self._groups
        empty = string[0:0]
        for i in range(2, len(flat), n - 2):
            if g == 0:
                out.append(string[flat[i]:flat[i + 1]])
            elif g == 1:
                s = flat[i + 2]
                out.append(empty if s < 0 else string[s:flat[i + 3]])
            else:
                item = []
                for k in range(1, g + 1):
                    s = flat[i + 2 * k]
                    item.append(empty if s < 0 else string[s:flat[i + 2 * k + 1]])
                out.append(tuple(item))
        return out

    def finditer(self, *args, **kw):
        if kw or not 0 < len(args) < 4:
            args = _args("finditer", args, kw, _STRING_POS, _POS_DEFAULTS)
        return self._finditer(*args)

    def _finditer(self, string, pos=0, endpos=_MAXSIZE):
        flat = _re.scan(self._code, string, pos, endpos, _CHUNK, False)
        return _iterate(self, string, flat)

    def scanner(self, *args, **kw):
        if kw or not 0 < len(args) < 4:
            args = _args("scanner", args, kw, _STRING_POS, _POS_DEFAULTS)
        return _Scanner(self, *args)

    def split(self, *args, **kw):
        if kw or not 0 < len(args) < 3:
            args = _args("split", args, kw, ("string", "maxsplit"), (0,))
        return self._split(*args)

    def _split(self, string, maxsplit=0):
        flat = _re.scan(self._code, string, 0, _MAXSIZE, maxsplit, False)
        string = _plain(string)
        g = self._groups
        step = 2 * g + 3
        out = []
        last = 0
        for i in range(2, len(flat), step):
            out.append(string[last:flat[i]])
            for k in range(1, g + 1):
                s = flat[i + 2 * k]
                out.append(None if s < 0 else string[s:flat[i + 2 * k + 1]])
            last = flat[i + 1]
        out.append(string[last:])
        return out

    def sub(self, *args, **kw):
        if kw or not 1 < len(args) < 4:
            args = _args("sub", args, kw, ("repl", "string", "count"), (0,))
        return self._subx(*args)[0]

    def subn(self, *args, **kw):
        if kw or not 1 < len(args) < 4:
            args = _args("subn", args, kw, ("repl", "string", "count"), (0,))
        return self._subx(*args)

    def _subx(self, repl, string, count=0):
        literal = None
        items = None
        call = None
        if callable(repl):
            call = repl
        else:
            items = _compile_template(self, repl)
            if len(items) == 1 and not isinstance(items[0], int):
                literal = items[0]
            elif not items:
                literal = "" if isinstance(repl, str) else b""
        flat = _re.scan(self._code, string, 0, _MAXSIZE, count, False)
        original = string
        string = _plain(string)
        step = 2 * self._groups + 3
        pieces = []
        last = 0
        n = 0
        for i in range(2, len(flat), step):
            s = flat[i]
            if last < s:
                pieces.append(string[last:s])
            if literal is not None:
                pieces.append(literal)
            elif call is not None:
                m = _new_match(self, original, flat[i:i + step - 1], flat[i + step - 1],
                               flat[0], flat[1], string)
                r = call(m)
                if r is not None:
                    pieces.append(r)
            else:
                _expand_into(pieces, items, string, flat, i)
            last = flat[i + 1]
            n += 1
        if last < len(string):
            pieces.append(string[last:])
        if isinstance(string, str):
            return "".join(pieces), n
        return b"".join(pieces), n

    def __class_getitem__(cls, item):
        return cls


Pattern.__module__ = "re"


def _plain(string):
    """What groups are sliced from: the str or bytes itself, or a bytes copy of another
    bytes-like object (groups of a bytearray are bytes, as in CPython)."""
    t = type(string)
    if t is str or t is bytes:
        return string
    if isinstance(string, str):
        return string[:]
    if isinstance(string, bytes):
        return bytes(string)
    return bytes(memoryview(string))


def _iterate(pattern, string, flat):
    step = 2 * pattern._groups + 3
    pos, endpos = flat[0], flat[1]
    src = _plain(string)
    chunk = _CHUNK
    while True:
        count = 0
        last = None
        for i in range(2, len(flat), step):
            last = i
            count += 1
            yield _new_match(pattern, string, flat[i:i + step - 1], flat[i + step - 1],
                             pos, endpos, src)
        if count < chunk:
            return
        # Each call decodes a non-ASCII subject afresh: ask for more matches each time.
        chunk = min(chunk * 2, 4096)
        s, e = flat[last], flat[last + 1]
        flat = _re.scan(pattern._code, string, e, endpos, chunk, s == e)


class _Scanner:
    """Successive matches of a pattern over a string (`Pattern.scanner`)."""

    __slots__ = ("pattern", "_string", "_pos", "_endpos", "_must_advance")

    def __init__(self, pattern, string, pos=0, endpos=_MAXSIZE):
        _re.match(pattern._code, string, pos, endpos, 0, False)
        self.pattern = pattern
        self._string = string
        self._pos = pos
        self._endpos = endpos
        self._must_advance = False

    def _next(self, mode):
        if self._pos is None:
            return None
        m = _re.match(self.pattern._code, self._string, self._pos, self._endpos, mode,
                      self._must_advance)
        if m is None:
            self._pos = None
            return None
        n = 2 * self.pattern._groups + 2
        match = _new_match(self.pattern, self._string, m[:n], m[n], m[n + 1], m[n + 2])
        s, e = m[0], m[1]
        self._pos = e
        self._must_advance = s == e
        return match

    def match(self):
        return self._next(0)

    def search(self):
        return self._next(2)


class Match:
    """The result of a successful match."""

    __slots__ = ("_re", "_string", "_src", "_marks", "_lastindex", "_pos", "_endpos")

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    @property
    def re(self):
        return self._re

    @property
    def string(self):
        return self._string

    @property
    def pos(self):
        return self._pos

    @property
    def endpos(self):
        return self._endpos

    @property
    def lastindex(self):
        return self._lastindex or None

    @property
    def lastgroup(self):
        i = self._lastindex
        if not i:
            return None
        for name, index in self._re._names:
            if index == i:
                return name
        return None

    @property
    def regs(self):
        m = self._marks
        return tuple([(m[2 * g], m[2 * g + 1]) for g in range(self._re._groups + 1)])

    def _index(self, g):
        if isinstance(g, int):
            if 0 <= g <= self._re._groups:
                return int(g)
        elif isinstance(g, (str, bytes)):
            index = self._re._groupindex.get(g)
            if index is not None:
                return index
        elif hasattr(type(g), "__index__"):
            i = g.__index__()
            if 0 <= i <= self._re._groups:
                return i
        raise IndexError("no such group")

    def _get(self, i, default=None):
        s = self._marks[2 * i]
        if s < 0:
            return default
        return self._src[s:self._marks[2 * i + 1]]

    def group(self, *groups):
        if not groups:
            return self._get(0)
        if len(groups) == 1:
            return self._get(self._index(groups[0]))
        return tuple([self._get(self._index(g)) for g in groups])

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, *args, **kw):
        default = _args("groups", args, kw, ("default",), (None,))[0] if args or kw else None
        return tuple([self._get(i, default) for i in range(1, self._re._groups + 1)])

    def groupdict(self, *args, **kw):
        default = _args("groupdict", args, kw, ("default",), (None,))[0] if args or kw else None
        return {name: self._get(index, default) for name, index in self._re._names}

    def start(self, group=0):
        return self._marks[2 * self._index(group)]

    def end(self, group=0):
        return self._marks[2 * self._index(group) + 1]

    def span(self, group=0):
        i = self._index(group)
        return (self._marks[2 * i], self._marks[2 * i + 1])

    def expand(self, *args, **kw):
        if kw or len(args) != 1:
            args = _args("expand", args, kw, ("template",), ())
        template = args[0]
        items = _compile_template(self._re, template)
        pieces = []
        m = self._marks
        for item in items:
            if isinstance(item, int):
                s = m[2 * item]
                if s >= 0:
                    pieces.append(self._src[s:m[2 * item + 1]])
            else:
                pieces.append(item)
        if isinstance(template, str):
            return "".join(pieces)
        return b"".join(pieces)

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%r>" % (
            self._marks[0], self._marks[1], self._get(0))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls


Match.__module__ = "re"


def _new_match(pattern, string, marks, lastindex, pos, endpos, src=None):
    m = object.__new__(Match)
    m._re = pattern
    m._string = string
    m._src = _plain(string) if src is None else src
    m._marks = marks
    m._lastindex = lastindex
    m._pos = pos
    m._endpos = endpos
    return m


def _expand_into(pieces, items, string, flat, i):
    for item in items:
        if isinstance(item, int):
            s = flat[i + 2 * item]
            if s >= 0:
                pieces.append(string[s:flat[i + 2 * item + 1]])
        else:
            pieces.append(item)


# --- templates -------------------------------------------------------------------------

_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t",
            "v": "\v", "\\": "\\"}
_ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_DIGITS = "0123456789"
_OCTDIGITS = "01234567"


def _parse_template(template, pattern):
    """The pieces of a replacement template: literal text and group numbers."""
    if isinstance(template, str):
        text = template
        is_bytes = False
    else:
        text = str(template, "latin-1")
        is_bytes = True
    items = []
    literal = []
    groups = pattern._groups
    groupindex = pattern._groupindex
    n = len(text)
    i = 0

    def add_group(g):
        if literal:
            items.append("".join(literal))
            del literal[:]
        items.append(g)

    while i < n:
        c = text[i]
        if c != "\\":
            literal.append(c)
            i += 1
            continue
        start = i
        if i + 1 >= n:
            raise error("bad escape (end of pattern)", template, start)
        c = text[i + 1]
        i += 2
        if c == "g":
            if i >= n or text[i] != "<":
                raise error("missing <", template, i)
            i += 1
            close = text.find(">", i)
            if close < 0:
                if i >= n:
                    raise error("missing group name", template, i)
                raise error("missing >, unterminated name", template, i)
            name = text[i:close]
            if not name:
                raise error("missing group name", template, i)
            if name.isidentifier():
                index = groupindex.get(name)
                if index is None:
                    raise IndexError("unknown group name %r" % name)
            else:
                try:
                    index = int(name)
                    if index < 0:
                        raise ValueError
                except ValueError:
                    raise error("bad character in group name %r" % name,
                                template, i) from None
                if index >= 2 ** 30:
                    raise error("invalid group reference %d" % index, template, i)
            if index > groups:
                raise error("invalid group reference %d" % index, template, i)
            i = close + 1
            add_group(index)
        elif c == "0":
            value = 0
            k = 0
            while k < 2 and i < n and text[i] in _OCTDIGITS:
                value = value * 8 + int(text[i])
                i += 1
                k += 1
            literal.append(chr(value))
        elif c in _DIGITS:
            if i < n and text[i] in _DIGITS:
                d2 = text[i]
                if (c in _OCTDIGITS and d2 in _OCTDIGITS and i + 1 < n
                        and text[i + 1] in _OCTDIGITS):
                    value = int(c + d2 + text[i + 1], 8)
                    if value > 0o377:
                        raise error("octal escape value %s outside of range 0-0o377"
                                    % text[start:i + 2], template, start)
                    literal.append(chr(value))
                    i += 2
                    continue
                index = int(c + d2)
                i += 1
            else:
                index = int(c)
            if index > groups:
                raise error("invalid group reference %d" % index, template, start + 1)
            add_group(index)
        elif c in _ESCAPES:
            literal.append(_ESCAPES[c])
        elif c in _ASCII_LETTERS:
            raise error("bad escape %s" % text[start:i], template, start)
        else:
            literal.append(text[start:i])
    if literal:
        items.append("".join(literal))
    if is_bytes:
        items = [x if isinstance(x, int) else x.encode("latin-1") for x in items]
    return items


_template_cache = {}


def _compile_template(pattern, repl):
    if not isinstance(repl, (str, bytes)):
        repl = bytes(str(repl, "latin-1"), "latin-1")
    key = (pattern, type(repl), repl)
    items = _template_cache.get(key)
    if items is None:
        items = _parse_template(repl, pattern)
        if len(_template_cache) >= _MAXCACHE:
            _template_cache.clear()
        _template_cache[key] = items
    return items


# --- the module's functions ---------------------------------------------------------------

_MAXCACHE = 512
_cache = {}


def _make(pattern, flags):
    r = _re.compile(pattern, flags)
    if len(r) == 2:
        raise error(r[0], pattern, r[1])
    code, final, groups, names = r
    p = object.__new__(Pattern)
    p._pattern = pattern
    p._flags = final
    p._groups = groups
    p._groupindex = dict(names)
    p._names = names
    p._code = code
    return p


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = flags.value
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except KeyError:
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    if not isinstance(flags, int):
        raise TypeError("unsupported operand type(s) for &: '%s' and 'RegexFlag'"
                        % type(flags).__name__)
    p = _make(pattern, flags)
    if not flags & DEBUG:
        if len(_cache) >= _MAXCACHE:
            try:
                del _cache[next(iter(_cache))]
            except (StopIteration, RuntimeError, KeyError):
                pass
        _cache[key] = p
    return p


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning a Match object, or
    None if no match was found."""
    return _compile(pattern, flags)._match(string, 0, _MAXSIZE, 0)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning a Match object, or None if
    no match was found."""
    return _compile(pattern, flags)._match(string, 0, _MAXSIZE, 1)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning a Match object, or
    None if no match was found."""
    return _compile(pattern, flags)._match(string, 0, _MAXSIZE, 2)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost non-overlapping occurrences of
    the pattern in string by the replacement repl."""
    return _compile(pattern, flags)._subx(repl, string, count)[0]


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number): sub, and the number of
    substitutions made."""
    return _compile(pattern, flags)._subx(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern, returning a list
    containing the resulting substrings."""
    return _compile(pattern, flags)._split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags)._findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the string: a Match object
    for each."""
    return _compile(pattern, flags)._finditer(string)


def purge():
    "Clear the regular expression caches"
    _cache.clear()
    _template_cache.clear()


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object (deprecated)"
    return _compile(pattern, flags | TEMPLATE)


_SPECIAL = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return "".join(["\\" + c if c in _SPECIAL else c for c in pattern])
    text = str(pattern, "latin-1")
    return "".join(["\\" + c if c in _SPECIAL else c for c in text]).encode("latin-1")
