# reversed() works on dicts and their views (3.8+).
d = {'a': 1, 'b': 2, 'c': 3}
print(list(reversed(d)))
print(list(reversed(d.keys())))
print(list(reversed(d.values())))
print(list(reversed(d.items())))
print(list(reversed({})))
d['d'] = 4
del d['a']
print(list(reversed(d)))
it = reversed(d)
d['e'] = 5
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
