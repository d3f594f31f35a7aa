# feature: os
# The parts of `os` written in Python (the native `os` copies them in when it is imported):
# the records `stat` and `uname` return (over `_structseq`), `makedirs` and `getenv`.


from _structseq import _Record, _finish


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
