# bytes(str, encoding[, errors]).
print(bytes('abc', 'utf-8'))
print(bytes('abc', 'ascii'))
print(bytes('abc', encoding='utf-8'))
print(bytes('', 'utf-8'))
print(bytes('a b', 'utf8'))
print(bytes('xyz', 'latin-1'))
try:
    bytes(b'abc', 'utf-8')
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes(3, 'utf-8')
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes('abc', 'no-such-codec')
except LookupError as e:
    print(type(e).__name__, e)
