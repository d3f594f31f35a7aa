# A deque subclass: its own __init__ and attributes, inherited methods, and results of
# copy, + and * made through its class.
from collections import deque
class History(deque):
    def __init__(self, items=(), size=3):
        super().__init__(items, size)
        self.size = size
    def last(self):
        return self[-1]
h = History([1, 2, 3, 4])
print(h, h.size, h.maxlen, h.last(), isinstance(h, deque), type(h).__name__)
h.append(5)
h.appendleft(0)
print(h, len(h), 3 in h, list(reversed(h)))
c = h.copy()
print(c, type(c).__name__, c.size)
print(type(h + deque([9])).__name__, h + deque([9]))
print(type(h * 2).__name__, h * 2)
h += [7]
print(h, type(h).__name__)
h[0] = 'x'
del h[1]
print(h, h == deque(['x', 7]), bool(History()))
class Plain(deque):
    pass
p = Plain('ab')
print(p, p.pop(), p, Plain([1], 2))
