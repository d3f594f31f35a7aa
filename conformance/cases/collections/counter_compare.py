# Counters compare as multisets: missing keys equal 0, <= is inclusion.
from collections import Counter
a = Counter(a=1, b=2)
print(a == Counter(b=2, a=1), a == Counter(a=1, b=2, c=0), a != Counter(a=1))
print(a == {'a': 1, 'b': 2}, a == {'a': 1, 'b': 2, 'c': 0})
print(Counter(a=1) <= a, Counter(a=1) < a, a < a, a <= a, a >= Counter(b=1), a > a)
print(Counter(a=1, z=0) < Counter(a=2), Counter(c=1) <= a)
for other in ({'a': 2}, 1):
    try:
        print(a < other)
    except TypeError as e:
        print(type(e).__name__, e)
