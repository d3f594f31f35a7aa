# min/max/sorted with NaN depend on argument order because every NaN comparison is False.
# requires: float
nan = float("nan")
print(max(nan, 1.0), max(1.0, nan), min(nan, 1.0), min(1.0, nan))
print(max([3.0, nan, 5.0]), max([nan, 3.0, 5.0]), min([2.0, nan, 1.0]))
print(sorted([3.0, 1.0, 2.0]), sorted([-0.0, 0.0, -1.0]), sorted([0.0, -0.0]))
print(nan < 1, nan > 1, nan == nan, nan != nan, not nan == nan, nan is nan)
print(max(-0.0, 0.0), max(0.0, -0.0), min(0.0, -0.0), min(-0.0, 0.0))
print(max(1, 1.0), max(1.0, 1), min(2, 2.0), type(max(1, 1.0)).__name__)
inf = float("inf")
print(max(inf, nan), max(nan, inf), min(-inf, 5), max([-inf, -1e308]))
print(max(0.1, 1 / 10), sorted([0.3, 0.1 + 0.2, 0.30000000000000004]))
