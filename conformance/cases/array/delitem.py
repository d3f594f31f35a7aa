# Item and slice deletion.
from array import array
a = array('h', [1, 2, 3, 4, 5, 6, 7])
del a[0]
print(a)
del a[-1]
print(a)
del a[1:3]
print(a)
a = array('h', range(10))
del a[::3]
print(a)
del a[::-2]
print(a)
del a[:]
print(a)
for i in [0, 'x']:
    try:
        del a[i]
    except Exception as e:
        print(type(e).__name__, e)
