# print/str use __str__, repr uses __repr__; __str__ falls back to __repr__ but not vice versa.
class Both:
    def __repr__(self): return 'Both<repr>'
    def __str__(self): return 'Both<str>'
class OnlyRepr:
    def __repr__(self): return 'OnlyRepr<repr>'
class OnlyStr:
    def __str__(self): return 'OnlyStr<str>'
b, r, s = Both(), OnlyRepr(), OnlyStr()
print(b, str(b), repr(b))
print(r, str(r), repr(r))
print(s, str(s))
print(repr(s).startswith('<__main__.OnlyStr object at '))
print('%s %r' % (b, b), '{} {!r} {!s}'.format(b, b, b))
print(f'{b} {b!r} {b!s} {r!r} {s}')
print(str(b) + '/' + repr(b), ascii(b))
