# bytes.join over bytes-like items.
print(b', '.join([b'a', b'b', b'c']))
print(b''.join([b'x', bytearray(b'y'), memoryview(b'z')]))
print(b'-'.join([]))
print(b'-'.join([b'only']))
print(b'.'.join(x for x in [b'1', b'2']))
print(bytearray(b'+').join([b'a', b'b']))
try:
    b','.join([b'a', 1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    b','.join(['a'])
except TypeError as e:
    print(type(e).__name__, e)
