# bytearray is mutable and therefore unhashable.
try:
    hash(bytearray(b'x'))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {bytearray(b'x'): 1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    set([bytearray(b'x')])
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytearray(b'x') in {b'x': 1}
except TypeError as e:
    print(type(e).__name__, e)
print(bytes(bytearray(b'x')) in {b'x': 1})
print(bytearray.__hash__ is None)
