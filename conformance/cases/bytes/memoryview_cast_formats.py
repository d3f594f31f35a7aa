# cast() reads the same bytes as items of each native format (little-endian host).
raw = bytearray(b'\x00\x00\x00\x00\x00\x00\xf8?\x00\x00\x00\x00\x00\x00\x00\xc0'
                b'\x00\x00\x00\x00\x00\x00\n@\x00\x00\x00\x00\x00\x00\xf0\x7f')
for f in 'BbcHhIiLlQqfd?':
    m = memoryview(raw).cast(f)
    print(f, m.itemsize, len(m), m.nbytes, m.strides, m.tolist()[:4], m[0], m[-1],
          m[::2].strides, m[1:3].tolist(), list(m[-2:]), tuple(reversed(m[:3])))
print(memoryview(b'\x01\x00\x02\x00').cast('H').cast('B').tolist())
print(memoryview(b'abcd').cast('@H').cast('c').format)
h = memoryview(b'\x01\x00\x02\x00').cast('h')
print(h.hex(), h.tobytes(), bytes(h), bytearray(h), 1 in h, 3 in h, [x for x in h])
print(type(iter(h)).__name__, type(iter(memoryview(b'a'))).__name__)
