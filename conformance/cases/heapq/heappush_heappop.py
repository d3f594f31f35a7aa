# heappush keeps the heap invariant (the list's layout shows it); heappop gives the smallest.
import heapq
h = []
for x in [5, 1, 8, 3, 2, 9, 7, 1, 0]:
    heapq.heappush(h, x)
    print(h)
out = []
while h:
    out.append(heapq.heappop(h))
    print(h)
print(out)
words = []
for w in ['pear', 'apple', 'fig', 'kiwi']:
    heapq.heappush(words, w)
print(words, heapq.heappop(words), words)
