# Slice assignment on a bytearray can grow or shrink it.
ba = bytearray(b'abcdef')
ba[1:3] = b'XY'
print(ba)
ba[1:3] = b''
print(ba)
ba[0:0] = b'123'
print(ba)
ba[-1:] = [122, 122]
print(ba)
ba[::2] = b'____'
print(ba)
ba[:] = bytearray(b'reset')
print(ba)
ba[1:4] = range(48, 50)
print(ba)
try:
    ba[::2] = b'x'
except ValueError as e:
    print(type(e).__name__, e)
try:
    ba[0:1] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    ba[0:1] = 'str'
except TypeError as e:
    print(type(e).__name__, e)
print(ba)
