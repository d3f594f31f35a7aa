# OrderedDict subclasses: repr with their name, copy into their class, overridden methods.
from collections import OrderedDict
class Scaled(OrderedDict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value * 10)
s = Scaled()
s['a'] = 1
s['b'] = 2
print(s, s['a'], type(s).__name__)
class LastUpdated(OrderedDict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.move_to_end(key)
lu = LastUpdated()
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    lu[k] = v
print(lu, list(lu))
c = lu.copy()
print(type(c).__name__, c, c == lu)
class Empty(OrderedDict):
    pass
print(Empty(), Empty(x=1), Empty(x=1).popitem(last=False))
