# count, in, index and remove match by identity first, then ==.
# requires: float
nan = float("nan")
a = [nan, 1, nan, 1.0, True, "1"]
print(a.count(nan), a.count(float("nan")), a.count(1), a.count("1"), a.count(None))
print(nan in a, float("nan") in a, a.index(nan), a.index(True), a.index(1.0))
class AlwaysEq:
    def __eq__(self, other):
        return True
print([1, 2].count(AlwaysEq()), AlwaysEq() in [], [5, 6].index(AlwaysEq()))
class NeverEq:
    def __eq__(self, other):
        return False
n = NeverEq()
print([n].count(n), n in [n], [n].index(n), [NeverEq()].count(n), n in [NeverEq()])
b = [n, 1]
b.remove(n)
print(len(b))
class Noisy:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("eq", self.v)
        return isinstance(other, Noisy) and self.v == other.v
c = [Noisy(1), Noisy(2), Noisy(3)]
print(Noisy(2) in c)
print(c.count(Noisy(3)))
print([[1], [2]].count([1]), [(1, 2)].index((1, 2)), [[]] .count([]), {1: 2} in [{1: 2}])
