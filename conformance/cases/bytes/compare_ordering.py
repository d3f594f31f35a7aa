# Comparisons of bytes are lexicographic by byte value.
print(b'abc' == b'abc', b'abc' != b'abd')
print(b'abc' < b'abd', b'ab' < b'abc', b'' < b'\x00')
print(b'b' > b'abc', b'\xff' > b'\x7f')
print(b'abc' <= b'abc', b'abc' >= b'abd')
print(b'a' == bytearray(b'a'), bytearray(b'a') < b'b')
print(max(b'ab', b'b', b'aaa'), min(b'ab', b'b', b'aaa'))
print(sorted([b'b', b'a', b'', b'ab']))
try:
    b'a' < 'b'
except TypeError as e:
    print(type(e).__name__, e)
try:
    b'a' < 1
except TypeError as e:
    print(type(e).__name__, e)
