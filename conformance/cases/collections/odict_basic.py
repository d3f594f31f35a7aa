# OrderedDict: insertion order, its repr as a list of pairs, fromkeys.
from collections import OrderedDict
od = OrderedDict()
print(od, repr(od), len(od))
od['b'] = 1
od['a'] = 2
od['c'] = 3
print(od, list(od), list(od.values()), list(od.items()))
od['b'] = 10
print(od)
del od['a']
od['a'] = 4
print(od)
print(OrderedDict([('x', 1), ('y', 2)]), OrderedDict(a=1, b=2), OrderedDict({'k': 'v'}))
print(OrderedDict.fromkeys('abc'), OrderedDict.fromkeys([1, 2], 0))
print(isinstance(od, dict), OrderedDict.__mro__)
print(list(reversed(od)), list(reversed(od.items())))
