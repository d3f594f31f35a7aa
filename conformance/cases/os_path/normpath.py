# normpath collapses separators, '.' and '..'; isabs; abspath is normpath of the joined cwd.
import os, os.path as p
cases = ['', '.', '..', '/', '//', '///', '////a', '//a//b', 'a/./b', 'a/../b', 'a/b/..',
         '../a', '../../a/..', '/..', '/../a', '/a/../../b', 'a/b/../../..', './', 'a/', './.',
         'a//b///c', '/./a/.', '.../a']
for c in cases:
    print(repr(c), repr(p.normpath(c)), repr(p.normpath(c.encode())), p.isabs(c), p.isabs(c.encode()))
for c in ['x', 'a/../b', '.', '', '../q']:
    print(p.abspath(c) == p.normpath(p.join(os.getcwd(), c)), p.isabs(p.abspath(c)))
    print(p.abspath(c.encode()) == p.abspath(c).encode(), p.realpath(c) == p.abspath(c))
print(p.abspath('/x/../y'), p.abspath(b'/x/./y'))
for f in [p.normpath, p.isabs, p.abspath]:
    try:
        f(None)
    except TypeError as e:
        print('TypeError', e)
