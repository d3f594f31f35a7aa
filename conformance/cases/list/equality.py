# requires: float
print([] == [])
print([1] == [1.0])
print([True] == [1])
print([[1]] == [[1]])
print([1, [2, [3]]] == [1, [2, [3]]])
print([1, 2] == [1, 2, 3])
print([None] == [None])
a = [1]
print([a, a] == [[1], [1]])
