# Deques compare with deques item by item; never equal to a list, and not ordered with one.
from collections import deque
a, b = deque([1, 2, 3]), deque([1, 2, 4])
print(a == a, a == deque([1, 2, 3]), a == b, a != b, a < b, a <= b, a > b, b >= a)
print(deque([1, 2]) < deque([1, 2, 0]), deque() == deque(), deque([1], 5) == deque([1]))
print(a == [1, 2, 3], a != [1, 2, 3], [1, 2, 3] == a)
print(deque([[1]]) == deque([[1]]), deque([float('nan')]) == deque([float('nan')]))
try:
    print(a < [1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(deque([1, 'a']) < deque([1, 2]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(a)
except TypeError as e:
    print(type(e).__name__, e)
print(2 in a, 9 in a, 9 not in a, 2.0 in a)
