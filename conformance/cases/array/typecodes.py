# Every typecode: itemsize, typecode, round trip through bytes.
import array
print(array.typecodes, array.ArrayType is array.array)
for c in array.typecodes:
    a = array.array(c)
    print(c, a.itemsize, a.typecode, repr(a))
for c in 'bBhHiIlLqQ':
    a = array.array(c, [0, 1, 100])
    print(c, a, a.tobytes().hex(), a.tolist())
for c in 'fd':
    a = array.array(c, [0.5, -1.25, 0.1])
    print(c, a, a.tobytes().hex())
print(array.array('Q', [2**64 - 1]), array.array('q', [-2**63]), array.array('b', [-1]).tobytes())
