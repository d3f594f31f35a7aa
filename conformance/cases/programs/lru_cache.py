# An LRU cache built from a dict and a doubly linked list, plus a memoizing decorator with hit/miss statistics.
class _Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = None


class LRUCache:
    def __init__(self, capacity):
        if not isinstance(capacity, int) or capacity < 1:
            raise ValueError(f"capacity must be a positive int, not {capacity!r}")
        self.capacity = capacity
        self.map = {}
        self.head = _Node()
        self.tail = _Node()
        self.head.next, self.tail.prev = self.tail, self.head
        self.evicted = []

    def _unlink(self, node):
        node.prev.next, node.next.prev = node.next, node.prev

    def _push_front(self, node):
        node.prev, node.next = self.head, self.head.next
        self.head.next.prev = node
        self.head.next = node

    def __getitem__(self, key):
        node = self.map[key]
        self._unlink(node)
        self._push_front(node)
        return node.value

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __setitem__(self, key, value):
        node = self.map.get(key)
        if node is not None:
            node.value = value
            self._unlink(node)
        else:
            if len(self.map) >= self.capacity:
                lru = self.tail.prev
                self._unlink(lru)
                del self.map[lru.key]
                self.evicted.append(lru.key)
            node = self.map[key] = _Node(key, value)
        self._push_front(node)

    def __delitem__(self, key):
        self._unlink(self.map.pop(key))

    def __contains__(self, key):
        return key in self.map

    def __len__(self):
        return len(self.map)

    def __iter__(self):
        node = self.head.next
        while node is not self.tail:
            yield node.key
            node = node.next

    def __reversed__(self):
        node = self.tail.prev
        while node is not self.head:
            yield node.key
            node = node.prev

    def items(self):
        return [(k, self.map[k].value) for k in self]

    def __repr__(self):
        inner = ", ".join(f"{k!r}: {v!r}" for k, v in self.items())
        return f"LRUCache({self.capacity}, {{{inner}}})"


c = LRUCache(3)
for k, v in [("a", 1), ("b", 2), ("c", 3)]:
    c[k] = v
print(c, len(c))
print(c["a"], c)
c["d"] = 4
print(c, "evicted", c.evicted)
c["c"] = 30
print(c, list(reversed(c)))
print(c.get("b"), c.get("b", "missing"), "b" in c, "a" in c)
del c["a"]
print(c, len(c))
for bad in ["zzz"]:
    try:
        c[bad]
    except KeyError as e:
        print("KeyError", e, repr(e))
try:
    del c["a"]
except KeyError as e:
    print("KeyError on del", e)
for cap in (0, -1, None, "3"):
    try:
        LRUCache(cap)
    except ValueError as e:
        print(e)

c = LRUCache(2)
pattern = [1, 2, 1, 3, 2, 4, 1, 1, 5, 4, 4, 2]
hits = 0
for key in pattern:
    if key in c:
        hits += 1
        c[key]
    else:
        c[key] = key * key
print("hits", hits, "evicted", c.evicted, "final", c.items())


def lru_memo(capacity):
    def decorate(fn):
        cache = LRUCache(capacity)
        stats = {"hits": 0, "misses": 0}

        def wrapper(*args):
            if args in cache:
                stats["hits"] += 1
                return cache[args]
            stats["misses"] += 1
            result = cache[args] = fn(*args)
            return result

        wrapper.stats = stats
        wrapper.cache = cache
        wrapper.__name__ = fn.__name__
        wrapper.__doc__ = fn.__doc__
        return wrapper
    return decorate


@lru_memo(capacity=64)
def fib(n):
    """Fibonacci with memo."""
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(50), fib.stats, fib.__name__, fib.__doc__, len(fib.cache))
print(fib(10), fib.stats)


@lru_memo(2)
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)


print(grid_paths(6, 6), grid_paths.stats, list(grid_paths.cache))
