class Tagged(set):
    def __init__(self, items=(), tag="t"):
        super().__init__(items)
        self.tag = tag
    def describe(self):
        return f"{self.tag}:{sorted(self)}"

t = Tagged([3, 1, 2], tag="nums")
print(t.describe(), len(t), isinstance(t, set), type(t).__name__)
t.add(0)
print(t.describe())
print(type(t | {9}).__name__, sorted(t | {9}))
print(type(t.copy()).__name__)
print(type(t.union([1])).__name__)
print(t == {0, 1, 2, 3})
print(repr(Tagged([1])))

class Multiset(frozenset):
    def total(self):
        return sum(self)
m = Multiset([1, 2, 3])
print(m.total(), type(m).__name__, repr(m))
print(m == frozenset({1, 2, 3}), hash(m) == hash(frozenset({1, 2, 3})))
print(type(m & {1}).__name__)

class Loud(set):
    def add(self, x):
        print("adding", x)
        super().add(x)
lo = Loud()
lo.add(5)
lo.update([6])
print(sorted(lo))
