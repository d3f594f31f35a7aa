# Slicing bytes gives bytes.
b = b'abcdef'
print(b[1:3])
print(b[:0])
print(b[::2])
print(b[::-1])
print(b[-2:])
print(b[4:1])
print(b[4:1:-1])
print(b[100:])
print(b[0:1], b[0])
print(type(b[1:2]).__name__)
print(b[slice(None, None, 3)])
