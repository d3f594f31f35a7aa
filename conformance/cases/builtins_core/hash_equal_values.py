# requires: float
# Equal values hash equal across int, bool and float; equal strings hash equal.
print(hash(1) == hash(1.0) == hash(True))
print(hash(0) == hash(0.0) == hash(False) == hash(-0.0))
print(hash(12345) == hash(12345.0))
print(hash('abc') == hash('ab' + 'c'))
print(hash((1, 'a')) == hash((1.0, 'a')))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(hash(42), hash(-7), hash(True))
d = {1: 'int'}
d[1.0] = 'float'
d[True] = 'bool'
print(d)
try:
    hash([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash({})
except TypeError as e:
    print(type(e).__name__, e)
