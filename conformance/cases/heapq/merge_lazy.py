# merge reads nothing until asked, one item at a time: infinite iterables work.
import heapq
def count(start, step):
    n = start
    while True:
        yield n
        n += step
m = heapq.merge(count(0, 3), count(1, 2))
print([next(m) for _ in range(10)])
bad = heapq.merge(5)
print('made')
try:
    next(bad)
except TypeError as e:
    print(type(e).__name__, e)
def noisy(name, items):
    for x in items:
        print('give', name, x)
        yield x
g = heapq.merge(noisy('a', [1, 4]), noisy('b', [2, 3]))
print('start')
for x in g:
    print('got', x)
