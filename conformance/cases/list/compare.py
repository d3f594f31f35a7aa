print([1, 2, 3] == [1, 2, 3])
print([1, 2, 3] < [1, 2, 4])
print([1, 2] < [1, 2, 0])
print([] < [0])
print([2] > [1, 99])
print([1, 2] != [2, 1])
print([[1, 2], [3]] < [[1, 3]])
print(["a", "b"] <= ["a", "b"])
print([1, 2] == (1, 2))
try:
    print([1, "a"] < [1, 2])
except TypeError as e:
    print(type(e).__name__, e)
print([1, "a"] == [1, 2])
