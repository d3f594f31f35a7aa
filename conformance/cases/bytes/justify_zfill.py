# center, ljust, rjust and zfill on bytes.
print(b'ab'.center(6), b'ab'.center(5), b'abc'.center(6, b'*'))
print(b'ab'.ljust(5, b'.'), b'ab'.rjust(5, b'.'))
print(b'abc'.ljust(2), b'abc'.rjust(-1), b'abc'.center(0))
print(b'42'.zfill(5), b'-42'.zfill(5), b'+42'.zfill(5))
print(b'abc'.zfill(2), b''.zfill(3))
try:
    b'a'.center(5, b'ab')
except TypeError as e:
    print(type(e).__name__, e)
try:
    b'a'.ljust(5, '*')
except TypeError as e:
    print(type(e).__name__, e)
