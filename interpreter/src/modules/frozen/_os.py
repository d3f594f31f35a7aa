# feature: os
# The parts of `os` written in Python (the native `os` copies them in when it is imported):
# the records `stat` and `uname` return, `makedirs` and `getenv`.
#
# A record is a tuple of its visible fields that also has fields by name only, as CPython's
# structseq types have: `os.stat_result` is ten items long, and `st_atime` reads as a float
# while item 7 is the whole seconds.


_NOTHING = object()


def _bind(args, kwargs):
    # The arguments `structseq(sequence, dict=...)` binds, with CPython's messages.
    given = len(args) + len(kwargs)
    if given > 2:
        raise TypeError('structseq() takes at most 2 arguments (%d given)' % given)
    bound = list(args) + [_NOTHING] * (2 - len(args))
    for key, value in kwargs.items():
        if key not in ('sequence', 'dict'):
            raise TypeError("'%s' is an invalid keyword argument for structseq()" % key)
        i = 0 if key == 'sequence' else 1
        if i < len(args):
            raise TypeError("argument for structseq() given by name ('%s') and position (%d)"
                            % (key, i + 1))
        bound[i] = value
    if bound[0] is _NOTHING:
        raise TypeError("structseq() missing required argument 'sequence' (pos 1)")
    return bound


class _Record(tuple):
    # Set by each record class: its full name, the visible fields (their names, None for
    # those with no attribute of their own) and the fields reachable by name only.
    _typename = ''
    _visible = ()
    _hidden = ()

    def __new__(cls, *args, **kwargs):
        sequence, fields = _bind(args, kwargs)
        if fields is not _NOTHING and type(fields) is not dict:
            raise TypeError('%s() takes a dict as second arg, if any' % cls._typename)
        try:
            items = tuple(sequence)
        except TypeError:
            raise TypeError('constructor requires a sequence') from None
        low = len(cls._visible)
        high = low + len(cls._hidden)
        n = len(items)
        if low == high and n != low:
            raise TypeError('%s() takes a %d-sequence (%d-sequence given)'
                            % (cls._typename, low, n))
        if n < low:
            raise TypeError('%s() takes an at least %d-sequence (%d-sequence given)'
                            % (cls._typename, low, n))
        if n > high:
            raise TypeError('%s() takes an at most %d-sequence (%d-sequence given)'
                            % (cls._typename, high, n))
        self = tuple.__new__(cls, items[:low])
        extra = list(items[low:])
        for name in cls._hidden[len(extra):]:
            extra.append(None if fields is _NOTHING else fields.get(name))
        self._extra = tuple(extra)
        return self

    def __repr__(self):
        parts = []
        for name, value in zip(self._visible, self):
            parts.append('%s=%r' % (name, value))
        return '%s(%s)' % (self._typename, ', '.join(parts))

    def __reduce__(self):
        return (type(self), (tuple(self), dict(zip(self._hidden, self._extra))))


def _visible_field(i):
    return property(lambda self: tuple.__getitem__(self, i))


def _hidden_field(i):
    return property(lambda self: self._extra[i])


def _finish(cls):
    for i, name in enumerate(cls._visible):
        setattr(cls, name, _visible_field(i))
    for i, name in enumerate(cls._hidden):
        setattr(cls, name, _hidden_field(i))
    cls.n_sequence_fields = len(cls._visible)
    cls.n_fields = len(cls._visible) + len(cls._hidden)
    return cls


class stat_result(_Record):
    __module__ = 'os'
    _typename = 'os.stat_result'
    _visible = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
                'st_atime', 'st_mtime', 'st_ctime')
    _hidden = ('st_atime', 'st_mtime', 'st_ctime', 'st_atime_ns', 'st_mtime_ns',
               'st_ctime_ns', 'st_blksize', 'st_blocks', 'st_rdev')
    n_unnamed_fields = 3
    __match_args__ = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid',
                      'st_size')

    def __new__(cls, *args, **kwargs):
        self = _Record.__new__(cls, *args, **kwargs)
        # Float times that were not given are the whole seconds of the visible items.
        extra = list(self._extra)
        for i in range(3):
            if extra[i] is None:
                extra[i] = tuple.__getitem__(self, 7 + i)
        self._extra = tuple(extra)
        return self


_finish(stat_result)


class uname_result(_Record):
    __module__ = 'posix'
    _typename = 'posix.uname_result'
    _visible = ('sysname', 'nodename', 'release', 'version', 'machine')
    n_unnamed_fields = 0
    __match_args__ = _visible


_finish(uname_result)


def makedirs(name, mode=0o777, exist_ok=False):
    import os
    path = os.path
    name = os.fspath(name)
    dot = b'.' if isinstance(name, bytes) else '.'
    # The missing directories above `name`, nearest first.
    missing = []
    here = name
    while True:
        parent, leaf = path.split(here)
        if not leaf:
            parent, leaf = path.split(parent)
        if not parent or not leaf or path.exists(parent):
            break
        missing.append(parent)
        here = parent
    for d in reversed(missing):
        try:
            os.mkdir(d)
        except FileExistsError:
            # Made meanwhile, or a `.` step.
            pass
    if missing and path.basename(name.rstrip(b'/' if dot == b'.' else '/')) == dot:
        return
    try:
        os.mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def getenv(key, default=None):
    import os
    if not isinstance(key, str):
        raise TypeError('str expected, not %s' % type(key).__name__)
    return os.environ.get(key, default)


def fsencode(filename):
    import os
    filename = os.fspath(filename)
    return filename.encode() if isinstance(filename, str) else filename


def fsdecode(filename):
    import os
    filename = os.fspath(filename)
    return filename.decode() if isinstance(filename, bytes) else filename


class DirEntry:
    # One entry of `scandir`: its name, its path (the folder's path joined to it) and what
    # the folder listing said of its type and inode.
    __module__ = 'posix'

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 'posix.DirEntry' instances")

    def __repr__(self):
        return '<DirEntry %r>' % (self.name,)

    def __fspath__(self):
        return self.path

    def inode(self):
        return self._ino

    def is_symlink(self):
        return self._kind == 0o120000

    def _follow(self, follow_symlinks):
        # The type bits to answer with: the listing's, or the target's for a followed link.
        if follow_symlinks and self._kind == 0o120000:
            try:
                import os
                return os.stat(self.path).st_mode & 0o170000
            except OSError:
                return 0
        return self._kind

    def is_dir(self, *, follow_symlinks=True):
        return self._follow(follow_symlinks) == 0o040000

    def is_file(self, *, follow_symlinks=True):
        return self._follow(follow_symlinks) == 0o100000

    def stat(self, *, follow_symlinks=True):
        import os
        return os.stat(self.path, follow_symlinks=follow_symlinks)

    def __class_getitem__(cls, item):
        return cls


def _entry(folder, name, kind, ino):
    e = object.__new__(DirEntry)
    e.name = name
    if not folder:
        e.path = name
    elif folder.endswith(b'/' if isinstance(folder, bytes) else '/'):
        e.path = folder + name
    else:
        e.path = folder + (b'/' if isinstance(folder, bytes) else '/') + name
    e._kind = kind
    e._ino = ino
    return e


class _ScandirIterator:
    # What `scandir` returns: an iterator of DirEntry, and a context manager that closes it.
    __module__ = 'posix'
    __qualname__ = 'ScandirIterator'

    def __init__(self, folder, entries):
        self._folder = folder
        self._entries = entries

    def __iter__(self):
        return self

    def __next__(self):
        if self._entries is None:
            raise StopIteration
        for name, kind, ino, _ in self._entries:
            return _entry(self._folder, name, kind, ino)
        self._entries = None
        raise StopIteration

    def close(self):
        self._entries = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False


_ScandirIterator.__name__ = 'ScandirIterator'


def scandir(*args, **kwargs):
    import os
    entries = os._scandir(*args, **kwargs)
    folder = args[0] if args else kwargs.get('path')
    folder = '.' if folder is None else os.fspath(folder)
    if not isinstance(folder, (str, bytes)):
        folder = bytes(folder)
    return _ScandirIterator(folder, entries)


def walk(top, topdown=True, onerror=None, followlinks=False):
    # Each folder under `top` as (folder, its subfolders, its files), parents first unless
    # `topdown` is false; the program may prune the subfolder list while going down.
    import os
    top = os.fspath(top)
    pending = [top]
    while pending:
        item = pending.pop()
        if isinstance(item, tuple):
            yield item
            continue
        try:
            it = scandir(item)
        except OSError as e:
            if onerror is not None:
                onerror(e)
            continue
        dirs = []
        files = []
        links = []
        with it:
            for entry in it:
                try:
                    is_dir = entry.is_dir()
                except OSError:
                    is_dir = False
                if is_dir:
                    dirs.append(entry.name)
                    links.append(entry.is_symlink())
                else:
                    files.append(entry.name)
        if topdown:
            yield item, dirs, files
            for name in reversed(dirs):
                path = os.path.join(item, name)
                if followlinks or not os.path.islink(path):
                    pending.append(path)
        else:
            pending.append((item, dirs, files))
            for name, link in reversed(list(zip(dirs, links))):
                if followlinks or not link:
                    pending.append(os.path.join(item, name))
