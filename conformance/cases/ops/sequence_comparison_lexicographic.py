# Lists, tuples, strings and bytes compare lexicographically element by element, shorter first on ties.
# requires: float
pairs = [([1, 2], [1, 2, 3]), ([1, 3], [1, 2, 3]), ((1, "a"), (1, "b")), ((), (0,)),
         ("abc", "abd"), ("Z", "a"), ("", "a"), ("a", "aa"), ("b", "aa"), (b"ab", b"b"),
         ([[1]], [[2]]), ([1, [2]], [1, [2, 0]]), ((1, 2), (1, 2)), ([0.5], [0])]
for a, b in pairs:
    print(repr(a), repr(b), a < b, a <= b, a == b, a > b, a >= b)
print((1, 2) == [1, 2], [1] == (1,), "1" == 1, b"a" == "a", [] == (), () == ())
print([1, 2, 3] < [1, 3, "x"], [2] > [1, "x"], ["x", 1] == ["x", "1"])
try:
    [1, 2] < (1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" < b"a"
except TypeError as e:
    print(type(e).__name__, e)
print(max(["b", "ab", "abc"]), min([(2, "a"), (1, "z"), (1, "b")]), sorted(["B", "a", "C", "b"]))
print(range(0) == range(2, 2), range(0, 3, 2) == range(0, 4, 2), range(3) == [0, 1, 2])
