# merge: the items of sorted iterables in sorted order, ties from the earlier iterable first.
import heapq
print(list(heapq.merge([1, 3, 5], [2, 4, 6])))
print(list(heapq.merge([1, 2, 3], [], [0, 10], [4])))
print(list(heapq.merge()), list(heapq.merge([])), list(heapq.merge([], [1])))
print(list(heapq.merge('ace', 'bd')), list(heapq.merge(range(3), (x for x in [1, 1, 5]))))
print(list(heapq.merge([(1, 'a'), (2, 'b')], [(1, 'z'), (3, 'c')])))
a, b = [1.0, 2.0], [1, 2]
print(list(heapq.merge(a, b)), [type(x).__name__ for x in heapq.merge(a, b)])
m = heapq.merge([1], [2])
print(iter(m) is m, next(m), next(m), next(m, 'done'))
