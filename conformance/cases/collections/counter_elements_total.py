# elements repeats each key by its positive count; total sums the counts.
from collections import Counter
c = Counter(a=3, b=0, c=-2, d=1)
print(list(c.elements()), c.total(), Counter().total(), list(Counter().elements()))
print(sorted(Counter('banana').elements()), Counter(x=2.5, y=1).total())
for bad in ({'a': 2.5}, {'a': 'x'}):
    try:
        list(Counter(bad).elements())
    except TypeError as e:
        print(type(e).__name__, e)
for f in (lambda: c.total(1), lambda: c.elements(1)):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
class Tally(Counter):
    pass
t = Tally('aab')
print(t, t + Tally('b'), type(t + Tally('b')).__name__, t.copy(), type(t.copy()).__name__)
