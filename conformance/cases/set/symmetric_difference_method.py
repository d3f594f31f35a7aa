s = {1, 2, 3}
print(sorted(s.symmetric_difference([2, 3, 4])))
print(sorted(s.symmetric_difference(range(3))))
print(sorted(s.symmetric_difference(iter([5, 5]))))
print(sorted(s))
print(type(frozenset(s).symmetric_difference([1])).__name__)
try:
    s.symmetric_difference()
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.symmetric_difference([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
