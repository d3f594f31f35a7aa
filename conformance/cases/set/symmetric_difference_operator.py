a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a ^ b))
print(sorted(b ^ a))
print(sorted(a ^ a))
print(sorted(a ^ set()))
print(sorted(a ^ b ^ {1, 5}))
print(sorted(a), sorted(b))
print(type(frozenset(a) ^ b).__name__)
