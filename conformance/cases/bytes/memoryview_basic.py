# memoryview over bytes: indexing, slicing, conversions.
m = memoryview(b'abcdef')
print(len(m), m[0], m[-1])
print(type(m[1:3]).__name__, m[1:3].tobytes())
print(m.tobytes(), m.tolist()[:3])
print(bytes(m[::2]), bytes(m[::-1]))
print(list(m[4:]))
print(m == b'abcdef', m[:2] == b'ab')
print(m.readonly, m.nbytes, m.itemsize, m.format, m.ndim)
print(memoryview(b'').tolist(), len(memoryview(b'')))
print(m.hex(), m[1:2].hex())
print(m.obj == b'abcdef')
try:
    m[6]
except IndexError as e:
    print(type(e).__name__, e)
try:
    memoryview('str')
except TypeError as e:
    print(type(e).__name__, e)
