# Lists compare lexicographically, element by element, stopping at the first difference.
# requires: float
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9, 9], [1, 2] <= [1, 2])
print([1, [2, 3]] < [1, [2, 4]], [[]] < [[0]], ["a", "b"] < ["a", "c"], ["Z"] < ["a"])
print([1, 2] == [1, 2], [1, 2] == (1, 2), [1] == [1.0], [True] == [1], [] == [], [0] != [False])
print([1, "a"] < [2, 1], [1, "a"] == [1, "a"], [1, "x"] != [1, 5])
for x, y in [([1, "a"], [1, 2]), ([None], [None]), ([1, 2], [1, None]), ([1], (1,)), ([1], "1")]:
    try:
        print(x < y)
    except TypeError as e:
        print(type(e).__name__, e)
nan = float("nan")
a = [nan]
print(a == a, [nan] == [nan], a == [float("nan")], nan in a, a.count(nan), a.index(nan))
class Loud:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("eq", self.v, other.v)
        return self.v == other.v
    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v
print([Loud(1), Loud(2)] < [Loud(1), Loud(3)])
print([Loud(1)] == [Loud(1), Loud(2)])
print([Loud(5)] > [Loud(4)])
print(max([[1, 2], [1, 10], [0, 99]]), min([[3], [1, 2], [1]]))
print(sorted([[2], [1, 5], [1], []]), [1, 2, 3] >= [1, 2], (1, 2) < (1, 2, 3))
