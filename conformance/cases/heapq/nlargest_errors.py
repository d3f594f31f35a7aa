# Argument errors of nlargest and nsmallest.
import heapq
calls = [lambda: heapq.nlargest(), lambda: heapq.nlargest(2), lambda: heapq.nlargest(2, 5),
         lambda: heapq.nlargest(2, [1, 2], key=5), lambda: heapq.nlargest(2, [1], foo=1),
         lambda: heapq.nsmallest(2.5, [3, 1, 2]), lambda: heapq.nsmallest(5.5, [3, 1, 2]),
         lambda: heapq.nsmallest('a', iter([3, 1])), lambda: heapq.nsmallest('a', [3, 1]),
         lambda: heapq.nlargest(2, [1, 'a', 2]), lambda: heapq.nsmallest(1, 2, 3, 4)]
for f in calls:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
