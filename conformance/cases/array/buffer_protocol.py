# An array is a buffer: bytes(), bytearray(), memoryview().
from array import array
a = array('h', [1, 2, -1])
print(bytes(a), bytearray(a), bytes(array('d', [1.0])))
m = memoryview(a)
print(m.format, m.itemsize, len(m), m.nbytes, m.tolist(), m[1], m.obj is a, m.readonly)
m[0] = 7
print(a)
m2 = memoryview(array('B', [1, 2, 3]))
print(m2[1:].tolist(), bytes(m2[::2]))
mu = memoryview(array('u', 'ab'))
print(mu.format, mu.itemsize, len(mu))
try:
    mu.tolist()
except NotImplementedError as e:
    print(type(e).__name__, e)
print(memoryview(array('f', [0.5])).tolist(), memoryview(array('l', [2**40])).tolist())
