# The count of nlargest and nsmallest is taken as range takes it: any int, even a huge one.
import heapq
print(heapq.nsmallest(2 ** 70, iter([3, 1, 2])), heapq.nlargest(2 ** 70, iter([3, 1, 2])))
print(heapq.nlargest(-2 ** 70, iter([1])), heapq.nsmallest(True, [5, 4]), heapq.nlargest(False, [1]))
for n in ('a', 1.5, None):
    for f in (heapq.nlargest, heapq.nsmallest):
        try:
            f(n, iter([1, 2]))
        except TypeError as e:
            print(f.__name__, type(e).__name__, e)
print(heapq.nlargest(3, range(10)), heapq.nsmallest(3, range(10), key=lambda x: -x))
print(heapq.nlargest(2, {'a': 1, 'b': 2, 'c': 0}.items(), key=lambda kv: kv[1]))
