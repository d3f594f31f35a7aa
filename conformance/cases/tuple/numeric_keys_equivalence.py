# requires: float
d = {(1, 2): "a"}
print(d[(1.0, 2)])
print(d[(True, 2.0)])
d[(1.0, 2.0)] = "b"
print(d)
print(len(d))
