# memoryview(...).tolist() and friends as builtins.
print(memoryview(b'ab').tolist())
print(memoryview(b'').tolist())
print(memoryview(bytearray(b'\x00\xff')).tolist())
print(memoryview(b'abc')[1:].tolist())
print(type(memoryview(b'x')).__name__)
print(len(memoryview(b'abcd')), memoryview(b'ab').tobytes())
