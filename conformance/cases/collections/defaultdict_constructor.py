# The constructor: a factory first (callable or None), then what dict() takes.
from collections import defaultdict
print(defaultdict(list, {'a': [1]}), defaultdict(list, [('b', 2)], c=3))
print(defaultdict(int, a=1, b=2))
print(defaultdict(default_factory=list))
print(defaultdict(dict, zip('ab', range(2))))
for args in [(5,), ('x',), ([1],), (list, 5), (list, [(1, 2)], [3])]:
    try:
        print(defaultdict(*args))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    defaultdict(list, [(1, 2, 3)])
except ValueError as e:
    print(type(e).__name__, e)
