# Item and slice assignment through a cast view pack by its format.
cases = [('B', [255, 256, -1, 1.0, 'a', True]), ('b', [127, -128, 128]),
         ('H', [65535, 65536, -1]), ('i', [-5, 2**31]), ('q', [2**63 - 1, 2**63, -1]),
         ('Q', [2**64 - 1, 2**64, -1]), ('f', [1.5, 1, 'a', 1e300, True]),
         ('d', [1.5, 2**1000, None]), ('?', [0, 1, 2, 'a', [], None]),
         ('c', [b'x', b'xy', 1, 'x', bytearray(b'y')])]
for f, vals in cases:
    buf = bytearray(16)
    m = memoryview(buf).cast(f)
    for v in vals:
        try:
            m[0] = v
            print(f, repr(v), m[0], bytes(buf[:8]))
        except Exception as e:
            print(f, repr(v), type(e).__name__, e)
m = memoryview(bytearray(8)).cast('H')
for src in [b'abcd', memoryview(b'abcd').cast('H'), memoryview(b'abcd').cast('h'),
            memoryview(b'abcdef').cast('H')]:
    try:
        m[0:2] = src
        print(m.tolist())
    except Exception as e:
        print(type(e).__name__, e)
m[::2] = memoryview(b'\x09\x00\x08\x00').cast('H')
m[-1] = 7
print(m.tolist(), m.obj)
try:
    memoryview(b'abcd').cast('H')[0] = 1
except TypeError as e:
    print(e)
