# Equal bytes hash equal; bytes work in sets.
print(hash(b'abc') == hash(b'abc'))
print(hash(b'ab' + b'c') == hash(b'abc'))
print(hash(bytes(bytearray(b'xy'))) == hash(b'xy'))
print(hash(b'') == hash(bytes(0)))
s = {b'a', b'b', b'a', bytes([97])}
print(len(s), sorted(s))
print(b'a' in s, b'c' in s)
print(hash(b'abc') == hash(b'abc'[:]))
