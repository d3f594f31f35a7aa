# Indexing and slicing.
from array import array
a = array('i', [10, 20, 30, 40, 50])
print(a[0], a[-1], a[1:3], a[::-1], a[::2], a[5:], a[-2:], a[1::-1])
print(array('u', 'abc')[1], array('u', 'abc')[1:], array('d', [1.5])[0])
for i in [5, -6, 'x', 1.0, 2**70]:
    try:
        print(a[i])
    except Exception as e:
        print(type(e).__name__, e)
print(len(a), bool(a), bool(array('i')))
