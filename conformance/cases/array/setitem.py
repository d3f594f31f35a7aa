# Item and slice assignment.
from array import array
a = array('i', [1, 2, 3])
a[0] = 9
a[-1] = 7
print(a)
a[0:2] = array('i')
print(a)
a[5:] = array('i', [8])
print(a)
a[1:1] = array('i', [4, 5])
print(a)
a[:] = array('i', [1, 2, 3, 4, 5])
a[::2] = array('i', [0, 0, 0])
print(a)
a[::-2] = array('i', [7, 8, 9])
print(a)
for index, value in [(5, 1), (0, 'x'), (0, 2**40), ('x', 1), (slice(0, 2), [1, 2]),
                     (slice(0, 2), array('h', [1])), (slice(0, 5, 2), array('i', [1]))]:
    try:
        a[index] = value
    except Exception as e:
        print(type(e).__name__, e)
print(a)
