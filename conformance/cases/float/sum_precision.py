# Float sums accumulate rounding error left to right; order and start value change results.
# requires: float
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0)
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, 0.3 - 0.1)
print(sum([1e100, 1.0, -1e100]), sum([1.0, 1e100, -1e100]), 1e100 + 1.0 - 1e100)
print(sum([0.1, 0.2, 0.3]), sum([0.3, 0.2, 0.1]))
print((0.1 + 0.2) + 0.3, 0.1 + (0.2 + 0.3))
print(sum([1, 2, 3], 0.5), type(sum([1, 2], 0.0)).__name__, sum([], 0.0), sum([1.5, 2]))
print(2.0 ** 53 + 1.0, 2.0 ** 53 + 2.0, 1e16 + 1, 1e16 + 2)
total = 0.0
for i in range(1000):
    total += 0.001
print(total)
print(sum(1 / n for n in range(1, 11)))
print(sum([1e308, 1e308]), sum([-1e308, -1e308, 1e308]))
