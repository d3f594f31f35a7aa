# bytes and bytearray slicing return the same type; bytearray supports slice assignment.
# requires: float
b = b"abcdefgh"
print(b[2:5], b[::-1], b[::3], b[-3:], b[100:], b[:-100], type(b[1:2]).__name__)
print(b[0], b[-1], b[1:2] == b"b", b[::2][::-1])
ba = bytearray(b"abcdefgh")
print(ba[1:3], ba[::-2], type(ba[:]).__name__)
ba[1:3] = b"XYZ"
print(ba)
ba[::2] = b"12345"
print(ba)
del ba[::3]
print(ba)
ba[:0] = [65, 66]
print(ba)
ba[-1:] = bytearray(b"!!")
print(ba)
for bad in [[256], [-1], "str", 5, [1.5]]:
    try:
        ba[0:1] = bad
        print(ba)
    except (TypeError, ValueError) as e:
        print(repr(bad), type(e).__name__, e)
try:
    ba[::2] = b"x"
except ValueError as e:
    print(type(e).__name__, e)
print(memoryview(b"hello")[1:4].tobytes(), bytes(memoryview(b"hello")[::-1]))
