# A defaultdict is a dict everywhere: isinstance, lookups that do not create keys,
# iteration, comparisons, unpacking and conversions.
from collections import defaultdict
d = defaultdict(list, {'a': [1], 'b': [2, 3]})
print(isinstance(d, dict), issubclass(defaultdict, dict), type(d) is dict)
print('z' in d, d.get('z'), d.get('z', 0), len(d), list(d))
print(d.setdefault('c', [9]), d.pop('c'), sorted(d.items()), list(d.values()))
print(d == {'a': [1], 'b': [2, 3]}, {'a': [1], 'b': [2, 3]} == d, d != {})
print(dict(d), {**d, 'x': 0}, sorted(d))
def walk(obj, depth=0):
    if isinstance(obj, dict):
        for k, v in obj.items():
            print(' ' * depth + str(k))
            walk(v, depth + 1)
    elif isinstance(obj, list):
        for v in obj:
            walk(v, depth + 1)
    else:
        print(' ' * depth + repr(obj))
tree = defaultdict(dict)
tree['root']['leaf'] = [1, 2]
walk(tree)
def f(**kw):
    return sorted(kw)
print(f(**d))
del d['a']
print(d, d.popitem(), d)
try:
    hash(d)
except TypeError as e:
    print(type(e).__name__, e)
