# requires: float
print(str(1.5), repr(1.5))
print(str(0.1), repr(0.1))
print(str(1e20), repr(1e-20))
print(str(float("inf")), repr(float("-inf")))
print(type(1.5))
print([1.5, 0.1, -0.0, float("nan")])
print((2.0,))
