# relpath between relative paths, commonprefix of strings and lists, commonpath.
import os.path as p
for path, start in [('a/b', 'a'), ('a', 'a/b'), ('a/b/c', 'a/x/y'), ('a', 'a'), ('x', None),
                    ('../z', 'q'), ('a/./b', 'a/b/../c'), ('/x/y', '/x'), ('/', '/a/b')]:
    print(path, start, repr(p.relpath(path) if start is None else p.relpath(path, start)))
print(p.relpath(b'a/b', b'a'), p.relpath(b'a'))
for args in [('',), ('a', b'b'), (1,), ('a', 2)]:
    try:
        print(p.relpath(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for m in [[], ['abc', 'abd', 'ab'], ['/usr/lib', '/usr/local'], ['x'], [b'ab', b'ac'],
          [['a', 'b'], ['a', 'c']], ['', 'a']]:
    print(repr(p.commonprefix(m)))
for m in [['/usr/lib', '/usr/local'], ['a/b', 'a/c'], ['a/b/', 'a/b'], [b'/x/y', b'/x'], ['/a']]:
    print(repr(p.commonpath(m)))
for m in [[], ['/a', 'b'], ['a', b'b']]:
    try:
        p.commonpath(m)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
