# Subclasses of defaultdict: their own __missing__, the inherited one, copy and repr.
from collections import defaultdict
class Doubler(defaultdict):
    def __missing__(self, key):
        return key * 2
d = Doubler(list)
print(d['ab'], d, 'ab' in d)
class Tally(defaultdict):
    def total(self):
        return sum(self.values())
t = Tally(int)
for w in 'abcab':
    t[w] += 1
print(t, t.total(), t.default_factory, isinstance(t, defaultdict))
c = t.copy()
print(type(c).__name__, c, c is t)
t.default_factory = str
print(t['new'] == '', t['new'], sorted(t))
class Named(defaultdict):
    def __init__(self):
        super().__init__(list)
        self.tag = 'n'
n = Named()
n['k'].append(1)
print(n, n.tag)
