# sum() over mixed numbers, containers with a start value, and its refusals.
# requires: float, bigint
print(sum([1, 2.5, True]), sum([0.1] * 10), sum([2**64, 2**64]), sum([-1, 1]), sum([]))
print(sum([[1], [2]], start=[0]), sum([(1,), (2, 3)], ()), sum(iter(range(5)), 100))
print(sum(range(10**6)), sum(x for x in [] if x), sum({1: "a", 2: "b"}), sum({1, 2, 3}))
print(sum([1.5, -1.5]), sum([1e308, 1e308]), sum([float("inf"), 1]), sum([True] * 3))
print(type(sum([1, 2])).__name__, type(sum([1, 2.0])).__name__, type(sum([], 0.0)).__name__)
for args, kw in [(([], ""), {}), ((["a"], ""), {}), (([], b""), {}), (([], bytearray()), {}),
                 (([1, "a"],), {}), ((5,), {}), (([[1]],), {}), (([1], 2, 3), {}), ((), {}),
                 (([1],), {"begin": 0}), (([None],), {})]:
    try:
        print(sum(*args, **kw))
    except TypeError as e:
        print(type(e).__name__, e)
class V:
    def __init__(self, v):
        self.v = v
    def __radd__(self, other):
        return V(other + self.v)
    def __add__(self, other):
        return V(self.v + (other.v if isinstance(other, V) else other))
print(sum([V(1), V(2), V(3)]).v, sum([V(1)], 10).v)
print(sum([[]] * 3, []), sum([1, 2, 3], -6), sum([0.5, 0.5], 1))
