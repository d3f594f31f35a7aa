# nlargest and nsmallest: the n best items, largest or smallest first, ties in order.
import heapq
data = [5, 1, 8, 3, 9, 2, 8]
for n in (0, 1, 2, 3, 7, 10, -1):
    print(n, heapq.nlargest(n, data), heapq.nsmallest(n, data))
words = ['bb', 'a', 'ccc', 'dd', 'e']
print(heapq.nlargest(2, words, key=len), heapq.nsmallest(2, words, key=len))
print(heapq.nsmallest(3, words, key=None), heapq.nlargest(1, iter(words), key=len))
print(heapq.nlargest(2, (x * x for x in range(-3, 3))), heapq.nsmallest(2, 'hello'))
pairs = [(1, 'a'), (3, 'b'), (3, 'c'), (2, 'd')]
print(heapq.nlargest(2, pairs, key=lambda p: p[0]), heapq.nsmallest(3, {'x': 3, 'y': 1, 'z': 2}))
print(heapq.nlargest(n=2, iterable=[4, 6, 5]), heapq.nsmallest(1, []), heapq.nlargest(5, []))
