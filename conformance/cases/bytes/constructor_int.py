# bytes(n) makes n zero bytes.
print(bytes(0))
print(bytes(1))
print(bytes(5))
print(len(bytes(100)))
print(bytes(3) == b'\x00\x00\x00')
print(bytes(True))
print(bytes())
