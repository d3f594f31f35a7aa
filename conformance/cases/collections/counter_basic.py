# Counter: counts of hashable items; missing keys count 0; the repr lists the most common first.
from collections import Counter
c = Counter('abracadabra')
print(c, c['a'], c['z'], 'z' in c, len(c))
print(Counter(['x', 'y', 'x']), Counter({'a': 3, 'b': 1}), Counter(a=2, b=5), Counter())
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1), c.most_common(10))
print(isinstance(c, dict), Counter.__mro__, sorted(c))
del c['a']
del c['missing']
print(c, c.get('r'), c.copy(), type(c.copy()).__name__)
print(Counter(a='x'), Counter(a=1, b='x'))
for n in ('2', 1.5):
    try:
        c.most_common(n)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    Counter.fromkeys('ab')
except NotImplementedError as e:
    print(type(e).__name__, e)
