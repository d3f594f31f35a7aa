# requires: float
print(min(3, 1, 2), max(3, 1, 2))
print(min(1, 1.5), max(1, 1.5))
print(min("b", "a", "c"), max("b", "a", "c"))
print(min(-1, -5), max(-1, -5))
print(min((1, 2), (1, 1)), max([1], [0, 9]))
print(max(True, 2), min(False, -1))
print(max(1, 1.0), max(1.0, 1))
