# A cast view compares by its unpacked items and hashes only in the byte formats.
a = memoryview(b'\x01\x00\x02\x00')
print(a.cast('H') == a, a.cast('H') == a.cast('H'), a.cast('H') == [1, 2],
      a.cast('b') == a, a.cast('c') == a, a.cast('c') == b'\x01\x00\x02\x00',
      a.cast('H') == memoryview(b'\x01\x00\x02\x00\x00\x00').cast('H')[:2])
print(memoryview(b'\xff').cast('b') == memoryview(b'\xff'), memoryview(b'\x01').cast('?') == a[:1])
nan = memoryview(b'\x00\x00\x00\x00\x00\x00\xf8\x7f').cast('d')
print(nan == nan, nan == memoryview(b'\x00\x00\x00\x00\x00\x00\xf8\x7f').cast('d'))
zero = memoryview(b'\x00\x00\x00\x00\x00\x00\x00\x80').cast('d')
print(zero == memoryview(bytes(8)).cast('d'), zero.tolist())
for f in 'Bbc':
    print(f, hash(a.cast(f)) == hash(bytes(a)))
for v in [a.cast('H'), memoryview(bytearray(2)).cast('H')]:
    try:
        hash(v)
    except ValueError as e:
        print(e)
