# A memoryview of bytes is read-only.
m = memoryview(b'abc')
print(m.readonly)
try:
    m[0] = 65
except TypeError as e:
    print(type(e).__name__, e)
try:
    m[0:1] = b'A'
except TypeError as e:
    print(type(e).__name__, e)
ro = memoryview(bytearray(b'xy')).toreadonly()
print(ro.readonly)
try:
    ro[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(m.tobytes())
