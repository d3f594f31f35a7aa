# Chained comparisons mixing ==, in, is and ordering desugar to pairwise and-ed comparisons.
# requires: float
print(1 in [1] == True)
print((1 in [1]) == True)
print(1 < 2 == 2 > 1 != 0)
print(0 < 5 <= 5 < 6 >= 6 > 0)
x = None
print(x is None is not False, x is not None is None)
print("a" in "abc" in ["abc", "d"], "a" in "abc" in ["ab"])
print(1 == 1.0 == True, 0 == False is False)
print([] == [] is not None, 3 > 2 in [True, 5], 3 > 2 in [1, 5])
print(not 1 < 2 < 3, not (1 < 3 < 2), (not 1) < 2)
print(2 < 3 > 1 < 4 > 3, 1 < 2 > 3 < 4)
a, b, c = 1, 2, 2
print(a < b == c, a < b != c, a == b == c, a != b != a, a != b == c)
print("b" < "c" > "a" >= "a", [1] < [2] <= [2, 0])
print(1 not in [2] not in [[1]], 1 not in [2] not in [[2]])
