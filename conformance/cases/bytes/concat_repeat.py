# requires: float
# + and * on bytes.
print(b'ab' + b'cd')
print(b'' + b'')
print(b'ab' + bytearray(b'cd'))
print(b'ab' * 3, 3 * b'ab')
print(b'ab' * 0, b'ab' * -2)
print(b'x' + memoryview(b'y'))
try:
    b'a' + 'b'
except TypeError as e:
    print(type(e).__name__, e)
try:
    b'a' + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    b'a' * b'b'
except TypeError as e:
    print(type(e).__name__, e)
try:
    b'a' * 1.5
except TypeError as e:
    print(type(e).__name__, e)
