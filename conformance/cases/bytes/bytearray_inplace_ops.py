# += and *= mutate a bytearray in place.
ba = bytearray(b'ab')
alias = ba
ba += b'cd'
print(ba, alias is ba)
ba += bytearray(b'!')
ba += memoryview(b'?')
print(alias)
ba *= 2
print(alias, alias is ba)
ba *= 0
print(alias, len(alias))
b = b'xy'
b2 = b
b += b'z'
print(b, b2, b is b2)
try:
    ba += 'str'
except TypeError as e:
    print(type(e).__name__, e)
