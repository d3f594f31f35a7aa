# `in` on bytes: ints test membership, bytes test subsequences.
b = b'hello'
print(104 in b, 120 in b)
print(b'ell' in b, b'elo' in b, b'' in b)
print(b'hello' in b, b'helloo' in b)
print(bytearray(b'll') in b)
print(memoryview(b'lo') in b)
print(0 in b'\x00')
try:
    256 in b
except ValueError as e:
    print(type(e).__name__, e)
try:
    'h' in b
except TypeError as e:
    print(type(e).__name__, e)
try:
    None in b
except TypeError as e:
    print(type(e).__name__, e)
