print(len("abc"), len(""), len([1, 2]), len(()), len((1,)), len({1: 2}), len({}))
print(len(range(10)), len(range(0, 10, 3)))
print(len([[1, 2, 3]]))
print(len("a" * 1000))
