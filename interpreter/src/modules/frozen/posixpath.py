# feature: os
# `os.path` for POSIX paths (CPython's `posixpath`): pure string operations on str or bytes
# paths, and the queries that ask `os.stat`. Every function takes a str, bytes or
# os.PathLike path and answers in the same kind.

import os

__all__ = ['normcase', 'isabs', 'join', 'splitdrive', 'split', 'splitext', 'basename',
           'dirname', 'commonprefix', 'getsize', 'getmtime', 'getatime', 'getctime',
           'islink', 'exists', 'lexists', 'isdir', 'isfile', 'ismount', 'expanduser',
           'expandvars', 'normpath', 'abspath', 'samefile', 'curdir', 'pardir', 'sep',
           'pathsep', 'defpath', 'altsep', 'extsep', 'devnull', 'realpath',
           'supports_unicode_filenames', 'relpath', 'commonpath']

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = False


def _seps(p):
    # The separator, current and parent directory names in the kind of `p`.
    if isinstance(p, bytes):
        return b'/', b'.', b'..'
    return '/', '.', '..'


def _check_kinds(func, *args):
    # The TypeError CPython gives when the parts of a path are not all str or all bytes.
    has_str = has_bytes = False
    for a in args:
        if isinstance(a, str):
            has_str = True
        elif isinstance(a, bytes):
            has_bytes = True
        else:
            raise TypeError('%s() argument must be str, bytes, or os.PathLike object, not %r'
                            % (func, type(a).__name__)) from None
    if has_str and has_bytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


def _paths(func, *args):
    # Each argument through os.fspath, then checked to be of one kind.
    out = []
    for a in args:
        try:
            out.append(os.fspath(a))
        except TypeError:
            _check_kinds(func, a)
            raise
    _check_kinds(func, *out)
    return out


def normcase(s):
    return os.fspath(s)


def isabs(s):
    s = os.fspath(s)
    return s.startswith(_seps(s)[0])


def join(a, *p):
    a = os.fspath(a)
    parts = _paths('join', a, *p)
    sep = _seps(a)[0]
    path = a
    for b in parts[1:]:
        if b.startswith(sep):
            path = b
        elif not path or path.endswith(sep):
            path = path + b
        else:
            path = path + sep + b
    return path


def split(p):
    p = os.fspath(p)
    sep = _seps(p)[0]
    cut = p.rfind(sep) + 1
    head, tail = p[:cut], p[cut:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    p = os.fspath(p)
    sep, dot, _ = _seps(p)
    last_sep = p.rfind(sep)
    last_dot = p.rfind(dot)
    if last_dot > last_sep:
        # Leading dots of the name do not start an extension (`.bashrc` has none).
        for i in range(last_sep + 1, last_dot):
            if p[i:i + 1] != dot:
                return p[:last_dot], p[last_dot:]
    return p, p[:0]


def splitdrive(p):
    p = os.fspath(p)
    return p[:0], p


def basename(p):
    p = os.fspath(p)
    return p[p.rfind(_seps(p)[0]) + 1:]


def dirname(p):
    return split(p)[0]


def commonprefix(m):
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    low = min(m)
    high = max(m)
    for i, c in enumerate(low):
        if c != high[i]:
            return low[:i]
    return low


def _mode(path, follow=True):
    # The st_mode of `path`, or None where it cannot be read.
    try:
        st = os.stat(path) if follow else os.lstat(path)
    except (OSError, ValueError):
        return None
    return st.st_mode


def exists(path):
    return _mode(path) is not None


def lexists(path):
    return _mode(path, False) is not None


def isfile(path):
    mode = _mode(path)
    return mode is not None and mode & 0o170000 == 0o100000


def isdir(s):
    mode = _mode(s)
    return mode is not None and mode & 0o170000 == 0o040000


def islink(path):
    mode = _mode(path, False)
    return mode is not None and mode & 0o170000 == 0o120000


def ismount(path):
    path = os.fspath(path)
    sep, _, pardir = _seps(path)
    if islink(path) or not isdir(path):
        return False
    try:
        here = os.lstat(path)
        up = os.lstat(join(path, pardir))
    except (OSError, ValueError):
        return False
    return here.st_dev != up.st_dev or here.st_ino == up.st_ino


def getsize(filename):
    return os.stat(filename).st_size


def getmtime(filename):
    return os.stat(filename).st_mtime


def getatime(filename):
    return os.stat(filename).st_atime


def getctime(filename):
    return os.stat(filename).st_ctime


def samefile(f1, f2):
    s1 = os.stat(f1)
    s2 = os.stat(f2)
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def normpath(path):
    path = os.fspath(path)
    sep, dot, dotdot = _seps(path)
    if not path:
        return dot
    # One or two leading slashes are kept as they are; three or more mean one.
    lead = 0
    if path.startswith(sep):
        lead = 2 if path.startswith(sep * 2) and not path.startswith(sep * 3) else 1
    kept = []
    for part in path.split(sep):
        if not part or part == dot:
            continue
        if part == dotdot and kept and kept[-1] != dotdot:
            kept.pop()
        elif part == dotdot and lead:
            continue
        else:
            kept.append(part)
    out = sep * lead + sep.join(kept)
    return out or dot


def abspath(path):
    path = os.fspath(path)
    if not isabs(path):
        cwd = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    # upy's ports have no symbolic-link reading: the absolute path stands for the real one.
    path = abspath(filename)
    if strict:
        os.stat(path)
    return path


def relpath(path, start=None):
    if not path:
        raise ValueError('no path specified')
    path = os.fspath(path)
    sep, dot, dotdot = _seps(path)
    if start is None:
        start = dot
    else:
        start = os.fspath(start)
    _paths('relpath', path, start)
    here = [x for x in abspath(start).split(sep) if x]
    there = [x for x in abspath(path).split(sep) if x]
    common = len(commonprefix([here, there]))
    parts = [dotdot] * (len(here) - common) + there[common:]
    if not parts:
        return dot
    return join(*parts)


def commonpath(paths):
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(os.fspath, paths))
    _paths('commonpath', *paths)
    sep, dot, _ = _seps(paths[0])
    split_paths = [p.split(sep) for p in paths]
    absolute = set(p[:1] == sep for p in paths)
    if len(absolute) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    parts = [[c for c in s if c and c != dot] for s in split_paths]
    low = min(parts)
    high = max(parts)
    common = low
    for i, c in enumerate(low):
        if c != high[i]:
            common = low[:i]
            break
    prefix = sep if paths[0].startswith(sep) else sep[:0]
    return prefix + sep.join(common)


def expanduser(path):
    path = os.fspath(path)
    sep, _, _ = _seps(path)
    tilde = b'~' if isinstance(path, bytes) else '~'
    if not path.startswith(tilde):
        return path
    end = path.find(sep, 1)
    if end < 0:
        end = len(path)
    if end != 1 or 'HOME' not in os.environ:
        # Another user's home needs the password database, which upy does not read.
        return path
    home = os.environ['HOME']
    if isinstance(path, bytes):
        home = home.encode()
    home = home.rstrip(sep)
    return (home + path[end:]) or sep


def expandvars(path):
    path = os.fspath(path)
    if isinstance(path, bytes):
        if b'$' not in path:
            return path
        dollar, lbrace, rbrace = b'$', b'{', b'}'
        lookup = lambda n: os.environ[n.decode()].encode()
    else:
        if '$' not in path:
            return path
        dollar, lbrace, rbrace = '$', '{', '}'
        lookup = lambda n: os.environ[n]
    out = path[:0]
    i = 0
    n = len(path)
    while i < n:
        c = path[i:i + 1]
        if c != dollar:
            out += c
            i += 1
            continue
        j = i + 1
        braced = path[j:j + 1] == lbrace
        if braced:
            close = path.find(rbrace, j + 1)
            if close < 0:
                out += path[i:]
                break
            name = path[j + 1:close]
            after = close + 1
        else:
            k = j
            while k < n and (path[k:k + 1].isalnum() or path[k:k + 1] in ('_', b'_')):
                k += 1
            name = path[j:k]
            after = k
        try:
            if not name:
                raise KeyError
            value = lookup(name)
        except KeyError:
            out += path[i:after]
        else:
            out += value
        i = after
    return out
