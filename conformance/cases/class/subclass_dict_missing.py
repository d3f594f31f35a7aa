# dict subclasses: __missing__ is consulted by d[k] only, not get() or `in`.
class Default(dict):
    def __missing__(self, key):
        self[key] = len(key)
        return 'made ' + key
d = Default(a=1)
print(d['a'], d['xyz'], d['xyz'], d.get('nope'), 'nope' in d, sorted(d.items()))
class Counting(dict):
    def __missing__(self, key):
        return 0
c = Counting()
for ch in 'abracadabra':
    c[ch] = c[ch] + 1
print(sorted(c.items()))
class Strict(dict):
    def __missing__(self, key):
        raise KeyError('no key ' + repr(key))
try:
    Strict()['q']
except KeyError as e:
    print(type(e).__name__, e)
class Lower(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
l = Lower()
l['ABC'] = 1
l.update({'DEF': 2})
print(sorted(l), isinstance(l, dict), type(l.copy()).__name__)
