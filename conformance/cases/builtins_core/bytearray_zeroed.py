# bytearray(n) makes n zero bytes.
b = bytearray(3)
print(b, len(b), list(b))
print(bytearray(0), bytearray())
b[1] = 7
print(b)
print(bytearray(3) == bytes(3), type(bytearray(1)).__name__)
try:
    bytearray(-3)
except ValueError as e:
    print(type(e).__name__, e)
