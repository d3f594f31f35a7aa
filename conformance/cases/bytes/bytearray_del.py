# del on bytearray items and slices.
ba = bytearray(b'abcdefgh')
del ba[0]
print(ba)
del ba[-1]
print(ba)
del ba[1:3]
print(ba)
del ba[::2]
print(ba)
del ba[:]
print(ba)
try:
    del ba[0]
except IndexError as e:
    print(type(e).__name__, e)
