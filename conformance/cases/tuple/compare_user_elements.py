# Tuple ordering finds the first unequal pair with == and then orders that pair only.
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("eq", self.v, other.v)
        return self.v == other.v
    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v
    def __gt__(self, other):
        print("gt", self.v, other.v)
        return self.v > other.v
print((V(1), V(2)) < (V(1), V(3)))
print((V(1), V(2)) > (V(1), V(2)))
print((V(1),) <= (V(1),))
print((V(4), V(0)) > (V(3), V(9)))
print((V(1), V(2)) == (V(1), V(2)))
print((V(1),) != (V(2),))
print((1, V(5)) < (2, V(0)))
a = V(7)
print((a,) == (a,), (a,) < (a, 1))
print(sorted([(2, "b"), (1, "z"), (2, "a")]), max((0, 1), (0, 2)), min((1,), (0, 5)))
