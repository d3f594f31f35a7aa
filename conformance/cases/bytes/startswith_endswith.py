# startswith and endswith with bytes, tuples and ranges.
b = b'hello world'
print(b.startswith(b'hello'), b.startswith(b'world'))
print(b.endswith(b'world'), b.endswith(b'hello'))
print(b.startswith((b'x', b'he')), b.endswith((b'x', b'y')))
print(b.startswith(b'world', 6), b.startswith(b'lo', 3, 5))
print(b.endswith(b'lo', 0, 5), b.startswith(b''))
try:
    b.startswith('h')
except TypeError as e:
    print(type(e).__name__, e)
try:
    b.endswith([b'd'])
except TypeError as e:
    print(type(e).__name__, e)
