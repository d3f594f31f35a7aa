# cast() with a shape of more than one dimension makes a multi-dimensional view.
m = memoryview(b'abcdef').cast('B', [2, 3])
print(m.ndim, m.shape, m.strides, m.tolist(), m[1, 2])
print(memoryview(b'\x01\x00\x02\x00').cast('H', (1, 2)).tolist())
print(memoryview(b'x').cast('B', []).shape)
