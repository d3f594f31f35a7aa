a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a & b))
print(sorted(a & set()))
print(sorted(a & b & {4}))
print(sorted(a & a))
print(sorted(a), sorted(b))
print(type(frozenset(a) & b).__name__, type(b & frozenset(a)).__name__)
