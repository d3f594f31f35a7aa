s = set(range(8))
print(sorted(s.difference([0], (1, 2), range(6, 100))))
print(sorted(s.difference()), s.difference() is s)
print(sorted(s.difference("xyz")))
print(sorted(s))
print(type(frozenset(s).difference()).__name__)
try:
    s.difference(1.5)
except TypeError as e:
    print(type(e).__name__, e)
