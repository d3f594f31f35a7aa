# split, dirname, basename, splitext and splitdrive on str and bytes paths.
import os.path as p
cases = ['', '/', '//', 'a', 'a/', '/a', 'a/b', '/a/b/', 'a//b', '//a', '///a/b', 'a/b/c.txt',
         '.bashrc', 'a/.bashrc', 'a.b/c', 'x.tar.gz', 'x.', '..', '...', '.a.b', 'a/..b', 'dir/.']
for c in cases:
    b = c.encode()
    print(repr(c), p.split(c), p.dirname(c), repr(p.basename(c)), p.splitext(c), p.splitdrive(c))
    print(p.split(b) == tuple(x.encode() for x in p.split(c)), p.splitext(b), p.basename(b), p.dirname(b))
for f in [p.split, p.dirname, p.basename, p.splitext, p.splitdrive]:
    try:
        f(1)
    except TypeError as e:
        print(f.__name__, 'TypeError', e)
