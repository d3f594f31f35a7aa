# Equality and ordering recurse into nested lists, tuples and dicts element by element.
a = [1, [2, (3, {"k": [4]})]]
b = [1, [2, (3, {"k": [4]})]]
print(a == b, a is b, a != b)
b[1][1][1]["k"].append(5)
print(a == b, a[:1] < b, [1, [2, (3,)]] < [1, [2, (4,)]])
print([[1, 2], [3]] < [[1, 2], [3, 0]], [[]] == [[]], [[], []] > [[]], [(1,)] < [(1, 0)])
try:
    print([{1: 2}] < [{1: 3}])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([[1], "x"] < [[1], 2])
except TypeError as e:
    print(type(e).__name__, e)
print([[1], "x"] == [[1], 2], [[0]] * 2 == [[0], [0]], [[0]] * 2 == [[0]] * 3)
print(sorted([[3, [1]], [3, [0]], [2, [9]]]), max([[1, 2], [1, 2, 0]]))
x = [1]
y = [x, x]
z = [[1], [1]]
print(y == z, y[0] is y[1], z[0] is z[1])
