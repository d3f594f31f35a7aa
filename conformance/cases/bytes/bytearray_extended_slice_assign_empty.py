# Assigning an empty value to an extended slice of a bytearray deletes the slice's bytes
# (a list raises ValueError there); a non-empty value of the wrong size is still an error.
for index in [slice(None, None, 2), slice(None, None, -1), slice(1, 4, 2), slice(4, 0, -2), slice(0, 0, 3)]:
    for empty in [b'', bytearray(), [], ()]:
        b = bytearray(b'hello')
        b[index] = empty
        print(index, type(empty).__name__, b)
b = bytearray(b'hello')
try:
    b[::2] = b'xy'
except ValueError as e:
    print('ValueError', e)
b[::2] = b'XYZ'
print(b)
del b[::2]
print(b)
b[1:2] = b''
print(b)
l = [1, 2, 3]
try:
    l[::2] = []
except ValueError as e:
    print('ValueError', e)
