# os.path.join on str and bytes: separators, absolute parts, empty parts; its TypeErrors.
import os.path as p
for parts in [('a',), ('a', 'b'), ('a/', 'b'), ('a', '/b'), ('/a', 'b', '/c', 'd'), ('', 'b'),
              ('a', ''), ('', ''), ('a', '', 'b'), ('a//', 'b/'), ('/', 'x'), ('.', '..', 'z')]:
    print(parts, repr(p.join(*parts)), repr(p.join(*[x.encode() for x in parts])))
class P:
    def __fspath__(self):
        return 'pl'
print(p.join(P(), 'x'), p.join('x', P()))
for args in [(1,), (1, 'a'), ('a', 1), ('a', None), ('a', b'b'), (b'a', 'b'), ('a', 'b', b'c'),
             (b'a', bytearray(b'b')), ()]:
    try:
        print(p.join(*args))
    except TypeError as e:
        print('TypeError', e)
