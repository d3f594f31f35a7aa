# bytes.split and bytes.rsplit.
print(b'a b  c'.split())
print(b'  a\tb\nc  '.split())
print(b'a,b,,c'.split(b','))
print(b'a,b,c'.split(b',', 1))
print(b'a,b,c'.rsplit(b',', 1))
print(b'a b c'.rsplit(None, 1))
print(b''.split(), b''.split(b','))
print(b'abcabc'.split(b'bc'))
print(b'a,b'.split(sep=b',', maxsplit=0))
try:
    b'a'.split(b'')
except ValueError as e:
    print(type(e).__name__, e)
try:
    b'a b'.split(' ')
except TypeError as e:
    print(type(e).__name__, e)
