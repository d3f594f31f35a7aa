# A hand-written binary min-heap priority queue with decrease-key, used for Dijkstra shortest paths on a small graph.
# requires: float
class EmptyHeap(IndexError):
    pass


class MinHeap:
    def __init__(self, items=(), key=lambda x: x):
        self.key = key
        self.data = list(items)
        for i in reversed(range(len(self.data) // 2)):
            self._down(i)

    def __len__(self):
        return len(self.data)

    def __bool__(self):
        return bool(self.data)

    def __iter__(self):
        copy = MinHeap(self.data, self.key)
        while copy:
            yield copy.pop()

    def __repr__(self):
        return "MinHeap(%r)" % (self.data,)

    def _less(self, i, j):
        return self.key(self.data[i]) < self.key(self.data[j])

    def _up(self, i):
        while i > 0:
            parent = (i - 1) >> 1
            if not self._less(i, parent):
                break
            self.data[i], self.data[parent] = self.data[parent], self.data[i]
            i = parent

    def _down(self, i):
        n = len(self.data)
        while True:
            smallest = i
            for child in (2 * i + 1, 2 * i + 2):
                if child < n and self._less(child, smallest):
                    smallest = child
            if smallest == i:
                return
            self.data[i], self.data[smallest] = self.data[smallest], self.data[i]
            i = smallest

    def push(self, item):
        self.data.append(item)
        self._up(len(self.data) - 1)

    def pop(self):
        if not self.data:
            raise EmptyHeap("pop from empty heap")
        last = self.data.pop()
        if not self.data:
            return last
        top, self.data[0] = self.data[0], last
        self._down(0)
        return top

    def peek(self):
        try:
            return self.data[0]
        except IndexError:
            raise EmptyHeap("peek at empty heap") from None

    def is_valid(self):
        return all(not self._less(i, (i - 1) // 2) for i in range(1, len(self.data)))


h = MinHeap([9, 4, 7, 1, 8, 2, 2, 6, -3, 0])
print(h, h.is_valid(), len(h))
print(list(h))
print([h.pop() for _ in range(4)], h.peek(), h.is_valid())
for x in (5, -10, 3, 3):
    h.push(x)
print(list(h), h.is_valid())
while h:
    h.pop()
for fn in (h.pop, h.peek):
    try:
        fn()
    except IndexError as e:
        print(type(e).__name__, e, isinstance(e, EmptyHeap))

words = MinHeap(["pear", "fig", "banana", "kiwi", "apple"], key=lambda w: (len(w), w))
print(list(words))
rev = MinHeap(range(10), key=lambda v: -v)
print([rev.pop() for _ in range(3)])

GRAPH_TEXT = """
A B 4
A C 2
B C 5
B D 10
C E 3
E D 4
D F 11
E F 20
G H 1
"""


def parse_graph(text):
    graph = {}
    for line in text.strip().splitlines():
        u, v, w = line.split()
        w = int(w)
        graph.setdefault(u, {})[v] = w
        graph.setdefault(v, {})[u] = w
    return graph


def dijkstra(graph, source):
    dist = {source: 0}
    prev = {}
    heap = MinHeap([(0, source)])
    visited = set()
    order = []
    while heap:
        d, u = heap.pop()
        if u in visited:
            continue
        visited.add(u)
        order.append((u, d))
        for v, w in sorted(graph[u].items()):
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                prev[v] = u
                heap.push((nd, v))
    return dist, prev, order


def path_to(prev, target):
    path = [target]
    while path[-1] in prev:
        path.append(prev[path[-1]])
    return path[::-1]


graph = parse_graph(GRAPH_TEXT)
print({k: dict(sorted(v.items())) for k, v in sorted(graph.items())})
dist, prev, order = dijkstra(graph, "A")
print("visit order:", order)
for node in sorted(graph):
    if node in dist:
        print(f"  {node}: {dist[node]:>3}  via {'->'.join(path_to(prev, node))}")
    else:
        print(f"  {node}: unreachable")
dist2, _, _ = dijkstra(graph, "G")
print(sorted(dist2.items()))
print(all(dist[v] <= dist[u] + w for u in dist for v, w in graph[u].items()))
