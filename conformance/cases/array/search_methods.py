# index, count and `in`.
from array import array
a = array('i', [3, 1, 2, 1, 3])
print(a.index(1), a.index(1, 2), a.index(3, -1), a.count(1), a.count(9), a.count('x'))
print(1 in a, 9 in a, 'x' in a, 1.0 in a, array('u', 'ab').index('b'))
print(array('d', [0.5]).count(0.5), 0.5 in array('f', [0.5]))
for args in [(9,), (1, 4), (1, 0, 1), (1, 'x'), ()]:
    try:
        print(a.index(*args))
    except Exception as e:
        print(type(e).__name__, e)
