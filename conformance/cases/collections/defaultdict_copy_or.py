# copy keeps the factory; | makes a defaultdict from either side.
from collections import defaultdict
d = defaultdict(list, a=[1])
c = d.copy()
c['b'].append(2)
print(d, c, c.default_factory is d.default_factory, c['a'] is d['a'])
print(d.__copy__())
print(d | {'x': 1}, {'x': 1} | d)
print(type(d | {'x': 1}).__name__, type({'x': 1} | d).__name__)
e = defaultdict(int)
e |= {'a': 1}
e |= [('b', 2)]
print(e)
try:
    d | [('a', 1)]
except TypeError as err:
    print(type(err).__name__, err)
