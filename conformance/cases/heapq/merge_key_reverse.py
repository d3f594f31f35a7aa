# merge with key= orders by the key; reverse=True merges descending iterables.
import heapq
print(list(heapq.merge(['a', 'bb', 'dddd'], ['ccc', 'e'], key=len)))
print(list(heapq.merge([5, 3, 1], [6, 4, 2], reverse=True)))
print(list(heapq.merge(['x', 'yyy'], ['zz'], key=len, reverse=False)))
print(list(heapq.merge(['dddd', 'a'], ['ccc', 'bb'], key=len, reverse=True)))
print(list(heapq.merge([3, 2], [3, 1], [3], reverse=True)))
recs = [[(1, 'p'), (2, 'q')], [(1, 'r'), (2, 's')]]
print(list(heapq.merge(*recs, key=lambda r: r[0])))
try:
    heapq.merge([1], foo=1)
except TypeError as e:
    print(type(e).__name__, e)
