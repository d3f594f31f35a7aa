# heapify rearranges a list in place into heap order.
import heapq
for data in ([], [1], [3, 2, 1], [9, 8, 7, 6, 5, 4, 3, 2, 1], list(range(20, 0, -3)),
             [5, 5, 1, 5, 1], ['d', 'a', 'c', 'b'], [(2, 'b'), (1, 'z'), (1, 'a')]):
    heapq.heapify(data)
    print(data)
data = [27, 3, 14, 8, 1, 99, 0, 42, 7, 7, 12]
heapq.heapify(data)
print(data, [heapq.heappop(data) for _ in range(len(data))])
big = [(i * 7919) % 101 for i in range(60)]
heapq.heapify(big)
print(big[:10], all(big[i] <= big[c] for i in range(60) for c in (2 * i + 1, 2 * i + 2) if c < 60))
