# append, extend, insert, pop, remove, reverse.
from array import array
a = array('i', [1, 2])
a.append(3)
a.extend([4, 5])
a.extend(array('i', [6]))
a.extend(x for x in (7, 8))
print(a)
a.insert(0, 0)
a.insert(100, 9)
a.insert(-100, -1)
a.insert(-1, 42)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(42)
a.reverse()
print(a)
b = array('i', [1])
try:
    b.extend((2, 'x', 3))
except TypeError as e:
    print(type(e).__name__, e)
print(b)
for f, args in [(a.append, ('x',)), (a.extend, (array('h'),)), (a.extend, (5,)),
                (a.insert, ('x', 1)), (a.pop, (99,)), (array('i').pop, ()), (a.remove, (99,))]:
    try:
        f(*args)
    except Exception as e:
        print(type(e).__name__, e)
