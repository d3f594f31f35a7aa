# update adds counts, subtract takes them away; both take iterables, mappings and keywords.
from collections import Counter
c = Counter(a=1)
c.update('aab')
print(c)
c.update({'b': 5, 'c': 1}, a=10)
print(c)
c.subtract(['a', 'z'])
print(c)
c.subtract({'b': 10}, c=1)
print(c)
c.update(Counter(x=2))
print(c)
e = Counter()
e.update({'k': 'text'})
print(e)
for f in (lambda: c.update(1, 2), lambda: c.subtract(5), lambda: Counter('a', 'b'), lambda: Counter(3)):
    try:
        f()
    except TypeError as err:
        print(type(err).__name__, err)
