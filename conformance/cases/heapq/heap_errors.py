# The heap functions want a list (a subclass will do), and an item to pop.
import heapq
calls = [lambda: heapq.heappush(5, 1), lambda: heapq.heappush((), 1),
         lambda: heapq.heappush([]), lambda: heapq.heappush([], 1, 2),
         lambda: heapq.heappush([], item=1), lambda: heapq.heappop(None),
         lambda: heapq.heappop(), lambda: heapq.heapify('abc'), lambda: heapq.heapify([1], 2),
         lambda: heapq.heapreplace({}, 1), lambda: heapq.heappushpop(5, 1),
         lambda: heapq.heapify([3, 'a', 1])]
for f in calls:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
for f in (lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1)):
    try:
        f()
    except IndexError as e:
        print(type(e).__name__, e)
class Stack(list):
    pass
s = Stack([4, 1, 3])
heapq.heapify(s)
heapq.heappush(s, 0)
print(s, type(s).__name__, heapq.heappop(s))
