# For `str % x`, bytes, bytearray and memoryview are subscriptable and so count as a
# mapping: extra arguments are not an error.
for arg in [b'x', bytearray(b'y'), memoryview(b'z'), 'text', 5]:
    try:
        print(type(arg).__name__, repr('plain' % arg))
    except TypeError as e:
        print(type(arg).__name__, 'TypeError', e)
print('%s|%r' % (b'a', bytearray(b'b')))
