# stat and lstat give an os.stat_result: a 10-tuple with st_* attributes; and their errors.
# file: data.txt
#| hello
import os, sys
d = sys.path[0]
f = os.path.join(d, 'data.txt')
s = os.stat(f)
print(type(s).__name__, type(s).__module__, len(s), isinstance(s, tuple))
print(s.st_size, s.st_mode & 0o170000 == 0o100000, s.st_nlink)
print(s[0] == s.st_mode, s[1] == s.st_ino, s[6] == s.st_size, s[7] == int(s.st_atime))
print(type(s.st_mtime).__name__, type(s[8]).__name__, type(s.st_mtime_ns).__name__)
print(s.st_mtime_ns // 10**9 == s[8], type(s.st_blksize).__name__, type(s.st_rdev).__name__)
print(repr(s).startswith('os.stat_result(st_mode='), repr(s).count('='))
print(os.stat(d).st_mode & 0o170000 == 0o040000, os.stat(d.encode()).st_mode == os.stat(d).st_mode)
print(os.lstat(f).st_size, os.stat(f, follow_symlinks=False).st_size, os.stat(path=f).st_size)
print(tuple(s) == tuple(os.stat(f)), s.st_ino == os.lstat(f).st_ino)
a, b, *rest = s
print(a == s.st_mode, len(rest))
for call in [lambda: os.stat(os.path.join(d, 'nope')), lambda: os.lstat(os.path.join(d, 'nope')),
             lambda: os.stat(os.path.join(d, 'data.txt', 'x')), lambda: os.stat(''),
             lambda: os.stat(None), lambda: os.lstat(1.5), lambda: os.stat([]),
             lambda: os.stat('a\0'), lambda: os.stat(), lambda: os.stat(f, foo=1),
             lambda: os.lstat(f, follow_symlinks=True), lambda: os.stat(f, True)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, str(e).replace(d, 'D'))
