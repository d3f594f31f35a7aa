# Heaps compare with < only: objects defining __lt__ alone work; ties keep a counter.
import heapq
class Task:
    def __init__(self, pri, name):
        self.pri, self.name = pri, name
    def __lt__(self, other):
        return self.pri < other.pri
h = []
for pri, name in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'a2')]:
    heapq.heappush(h, Task(pri, name))
print([heapq.heappop(h).name for _ in range(4)])
queue = []
for n, (pri, job) in enumerate([(2, 'x'), (1, 'y'), (2, 'z'), (1, 'w')]):
    heapq.heappush(queue, (pri, n, job))
print([heapq.heappop(queue)[2] for _ in range(4)])
class NoOrder:
    pass
try:
    heapq.heappush([NoOrder()], NoOrder())
except TypeError as e:
    print(type(e).__name__, e)
class Loud:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print('lt', self.v, other.v)
        return self.v < other.v
lh = [Loud(3), Loud(1), Loud(2)]
heapq.heapify(lh)
print([x.v for x in lh])
