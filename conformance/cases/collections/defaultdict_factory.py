# default_factory can be read, replaced and removed; without one a missing key raises.
from collections import defaultdict
d = defaultdict(list)
print(d.default_factory)
d.default_factory = int
print(d['a'], d)
d.default_factory = None
try:
    d['b']
except KeyError as e:
    print(type(e).__name__, e)
d.default_factory = str
del d.default_factory
print(d.default_factory)
e = defaultdict(list)
print(e.__missing__('k'), e)
try:
    defaultdict().__missing__('q')
except KeyError as err:
    print(type(err).__name__, err)
f = defaultdict(list)
f.default_factory = 5
try:
    f['x']
except TypeError as err:
    print(type(err).__name__, err)
print(dict(f))
