# repr and str of bytearray.
print(repr(bytearray()))
print(repr(bytearray(b'abc')))
print(bytearray(b"'"))
print(bytearray(b'\x00\xff\n'))
print(str(bytearray(b'a"b')))
print([bytearray(b'x')])
print(bytearray(b'it\'s "q"'))
