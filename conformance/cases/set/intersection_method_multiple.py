s = {1, 2, 3, 4}
print(sorted(s.intersection([2, 3, 4, 9], (3, 4), range(4, 5))))
print(sorted(s.intersection()), s.intersection() is s)
print(sorted(s.intersection(x for x in range(3))))
print(s.intersection("abc"))
print(type(frozenset(s).intersection(s)).__name__)
print(sorted(s))
try:
    s.intersection(None)
except TypeError as e:
    print(type(e).__name__, e)
