# requires: float
print(1.0 in [1, 2])
print(2 in [1.0, 2.0])
print(float("nan") in [float("nan")])
nan = float("nan")
print(nan in [nan])
print([1.0, 2.0] == [1, 2])
print((0.5, 1) < (0.5, 2))
