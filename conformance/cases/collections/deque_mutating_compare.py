# A comparison that changes the deque while it is searched raises.
from collections import deque
class Meddler:
    def __init__(self, d):
        self.d = d
    def __eq__(self, other):
        self.d.append(0)
        return False
for name in ('count', 'index', 'remove', 'in'):
    d = deque([1, 2])
    d.appendleft(Meddler(d))
    try:
        if name == 'in':
            print(5 in d)
        else:
            getattr(d, name)(5)
    except (RuntimeError, IndexError) as e:
        print(name, type(e).__name__, e)
a = deque([Meddler(None)])
a[0].d = a
print(a == deque([1]))
