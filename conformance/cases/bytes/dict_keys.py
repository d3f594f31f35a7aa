# bytes as dict keys.
d = {b'a': 1, b'b': 2}
print(d[b'a'], d.get(b'c'), b'b' in d)
d[bytes([97])] = 10
print(d[b'a'], len(d))
d[b'a' + b'b'] = 3
print(sorted(d.items()))
print(d[bytes(bytearray(b'ab'))])
try:
    d[b'z']
except KeyError as e:
    print(type(e).__name__, e)
