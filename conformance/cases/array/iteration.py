# Iterating an array, and the builtins that do.
from array import array
a = array('h', [3, 1, 2])
it = iter(a)
print(type(it).__name__, next(it), list(it), list(it))
print(list(a), tuple(a), sorted(a), sum(a), max(a), list(reversed(a)))
print([x * 2 for x in array('d', [0.5, 1.5])], list(enumerate(array('u', 'ab'))))
print(list(zip(a, array('B', [7, 8, 9]))))
x, y, z = a
print(x, y, z)
