# scandir yields DirEntry objects (name, path, type tests, stat, inode) and closes as a context manager.
# file: data.txt
#| hello
# file: sub/inner.txt
#| x
import os, sys
d = sys.path[0]
with os.scandir(d) as it:
    entries = sorted((e for e in it if not e.name.endswith('.py')), key=lambda e: e.name)
for e in entries:
    print(repr(e), e.name, e.path == os.path.join(d, e.name), e.is_dir(), e.is_file(), e.is_symlink())
    print(e.is_dir(follow_symlinks=False), e.stat().st_size == os.stat(e.path).st_size,
          e.inode() == os.stat(e.path).st_ino, os.fspath(e) == e.path, type(e).__name__)
sub = [e for e in os.scandir(os.path.join(d, 'sub').encode())]
print([(e.name, e.path.endswith(b'/sub/inner.txt')) for e in sub])
it = os.scandir(path=os.path.join(d, 'sub'))
print(type(it).__name__, iter(it) is it, next(it).name)
it.close()
print(list(it))
with os.scandir(os.path.join(d, 'sub')) as it:
    pass
print(list(it))
for call in [lambda: os.scandir(os.path.join(d, 'nope')), lambda: os.scandir(1.5),
             lambda: os.scandir('.', '.'), lambda: os.scandir('a\0'), lambda: os.DirEntry(),
             lambda: os.scandir(os.path.join(d, 'data.txt'))]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, str(e).replace(d, 'D'))
