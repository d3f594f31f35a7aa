# heapreplace pops then pushes; heappushpop pushes then pops.
import heapq
h = [1, 3, 5, 7]
print(heapq.heapreplace(h, 4), h)
print(heapq.heapreplace(h, 0), h)
print(heapq.heappushpop(h, -1), h)
print(heapq.heappushpop(h, 6), h)
print(heapq.heappushpop(h, 4), h)
print(heapq.heappushpop([], 3))
top = []
for x in [5, 1, 9, 3, 7, 2, 8]:
    if len(top) < 3:
        heapq.heappush(top, x)
    else:
        heapq.heappushpop(top, x)
print(sorted(top, reverse=True))
