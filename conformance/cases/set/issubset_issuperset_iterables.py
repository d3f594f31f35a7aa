s = {1, 2}
print(s.issubset([1, 2, 3]), s.issubset((1,)), s.issubset(range(5)))
print(s.issubset(x for x in [2, 1]))
print(set().issubset([]), s.issubset(s))
print(s.issuperset([1]), s.issuperset((1, 2, 3)), s.issuperset([]))
print(s.issuperset(iter([2, 2, 1])))
print(frozenset("ab").issubset("abc"), frozenset("abc").issuperset("ca"))
try:
    s.issubset(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.issuperset([[1]])
except TypeError as e:
    print(type(e).__name__, e)
