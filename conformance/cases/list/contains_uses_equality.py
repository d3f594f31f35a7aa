# requires: float
print(1.0 in [1])
print(True in [1])
print(0 in [False])
print((1, 2) in [[1, 2]])
print([1, 2] in [(1, 2)])
print("1" in [1])
