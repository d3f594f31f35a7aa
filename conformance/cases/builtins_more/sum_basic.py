# requires: float, bigint
print(sum([1, 2, 3]))
print(sum([]))
print(sum((1.5, 2.5)))
print(sum([1, 2], 10))
print(sum(range(101)))
print(sum([2 ** 64, 2 ** 64]))
print(sum([0.1] * 10))
try:
    sum(["a", "b"])
except TypeError as e:
    print(type(e).__name__)
