# A comparison that changes the heap's length raises RuntimeError.
import heapq
class Grower:
    def __init__(self, heap, v):
        self.heap, self.v = heap, v
    def __lt__(self, other):
        self.heap.append(Grower(self.heap, 0))
        return self.v < other.v
h = []
h.append(Grower(h, 5))
try:
    heapq.heappush(h, Grower(h, 1))
except RuntimeError as e:
    print(type(e).__name__, e)
h2 = []
h2.extend([Grower(h2, 3), Grower(h2, 1), Grower(h2, 2)])
try:
    heapq.heapify(h2)
except RuntimeError as e:
    print(type(e).__name__, e)
