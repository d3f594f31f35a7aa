# Multiset arithmetic keeps the positive counts; the in-place forms too.
from collections import Counter
a, b = Counter(a=3, b=1, c=-1), Counter(a=1, b=2, d=4)
print(a + b, a - b, a | b, a & b, +a, -a)
print(type(a + b).__name__, Counter() + Counter(), -Counter(x=-2, y=3))
x = Counter(a=1, b=2)
x += Counter(a=-2, c=1)
print(x)
x -= Counter(b=1)
print(x)
x |= Counter(z=3, b=0)
print(x)
x &= Counter(z=2, b=5)
print(x)
y = Counter(a=1)
y += {'b': 2}
print(y)
for f in (lambda: a + {'a': 1}, lambda: a - 1, lambda: a * 2):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
print(a | {'q': 1}, {'q': 1} | a)
