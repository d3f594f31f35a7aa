# Constructing bytearrays.
print(bytearray())
print(bytearray(3))
print(bytearray([1, 2, 255]))
print(bytearray(b'abc'))
print(bytearray('abc', 'utf-8'))
print(bytearray(range(65, 68)))
print(bytearray(memoryview(b'mv')))
ba = bytearray(b'x')
bb = bytearray(ba)
bb[0] = 121
print(ba, bb)
for bad in [lambda: bytearray(-1), lambda: bytearray([256]), lambda: bytearray('x')]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
