a = {1, 2, 3}
b = {3, 4}
print(sorted(a | b))
print(sorted(a | set()))
print(sorted(set() | set()))
print(sorted(a | b | {10}))
print(sorted(a), sorted(b))
f = frozenset([5])
print(sorted(a | f), type(a | f).__name__)
print(sorted(f | a), type(f | a).__name__)
