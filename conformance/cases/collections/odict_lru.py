# An LRU cache on an OrderedDict: move_to_end on use, popitem(last=False) to evict.
from collections import OrderedDict
class LRU:
    def __init__(self, size):
        self.size = size
        self.data = OrderedDict()
    def get(self, key):
        if key not in self.data:
            return None
        self.data.move_to_end(key)
        return self.data[key]
    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.size:
            print('evict', self.data.popitem(last=False))
cache = LRU(3)
for k in 'abc':
    cache.put(k, k.upper())
print(cache.get('a'), list(cache.data))
cache.put('d', 'D')
print(cache.get('b'), list(cache.data))
for i in range(20):
    cache.put(i % 5, i)
    cache.get((i * 3) % 5)
print(cache.data)
od = OrderedDict(a=1)
od |= {'b': 2}
print(od | {'c': 3}, {'z': 0} | od, type(od | {}).__name__)
print(od.setdefault('c', 3), od.pop('a'), od, od.get('zz'))
od.update([('e', 5)], f=6)
print(od, od.copy(), od.copy() is od)
