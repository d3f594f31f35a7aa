# bytes() from bytes-like objects copies them.
b = b'hello'
c = bytes(b)
print(c, c == b)
ba = bytearray(b'xyz')
d = bytes(ba)
ba[0] = 65
print(d, ba)
print(type(d).__name__)
print(bytes(memoryview(b'mv')))
print(bytes(bytes(b'')))
