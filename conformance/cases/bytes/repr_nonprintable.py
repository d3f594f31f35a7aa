# Non-printable bytes are shown as \x escapes, except \t \n \r.
print(repr(b'\t\n\r'))
print(repr(b'\x00\x01\x1f'))
print(repr(b'\x7f\x80\xfe\xff'))
print(repr(b'\x0b\x0c'))
print(repr(b' ~'))
print(repr(bytes(range(30, 36))))
print(repr(bytes([7, 8, 92, 39])))
print(bytes(range(125, 130)))
