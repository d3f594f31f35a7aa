# count and replace on bytes.
b = b'aaa banana'
print(b.count(b'a'), b.count(b'an'), b.count(b'aa'), b.count(b''))
print(b.count(97), b.count(b'a', 4), b.count(b'a', 0, 3))
print(b.replace(b'a', b'o'))
print(b.replace(b'a', b'', 2))
print(b.replace(b'an', b'AN'))
print(b'abc'.replace(b'', b'-'))
print(b'abc'.replace(b'x', b'y'))
print(b'abc'.replace(b'b', bytearray(b'BB')))
try:
    b'abc'.replace('a', 'b')
except TypeError as e:
    print(type(e).__name__, e)
