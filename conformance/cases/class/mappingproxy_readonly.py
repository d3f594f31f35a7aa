# A class's __dict__ and a dict view's mapping are read-only mappingproxy views.
class A:
    x = 1
p = A.__dict__
print(type(p).__name__, repr(type(p)), str(p) == str(dict(p)), repr(p)[:14])
print(p['x'], p.get('x'), p.get('q', 5), 'x' in p, 'q' in p, len(p) > 0)
print('x' in p.keys(), 1 in p.values(), ('x', 1) in p.items(), type(p.copy()).__name__)
print(A.__dict__ is A.__dict__, vars(A) == A.__dict__, isinstance(p, dict))
A.y = 2
print(p['y'], p.get('y'))
for op in (lambda: p.__setitem__('x', 2), lambda: p.__delitem__('x'), lambda: p.pop('x'),
           lambda: p.setdefault('x'), lambda: p['nope'], lambda: hash(p), lambda: p.update({})):
    try:
        print(op())
    except (TypeError, AttributeError, KeyError) as e:
        print(type(e).__name__, e)
mp = type(p)
m = mp({'a': 1})
print(m, repr(m), m == {'a': 1}, m != {'a': 2}, {'a': 1} == m, m == mp({'a': 1}))
print(m | {'b': 2}, {'b': 2} | m, list(reversed(m)), list(m), list(m.items()), bool(mp({})), bool(m))
print(mp(m), repr(mp(m)), type(mp({}).keys()).__name__, mp.__name__)
print(m.__len__(), m.__getitem__('a'), m.__contains__('a'), list(m.__iter__()))
for args in (([1],), (), ({}, {})):
    try:
        mp(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    m |= {}
except TypeError as e:
    print(type(e).__name__, e)
try:
    m.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
d = {'a': 1}
k, v, i = d.keys(), d.values(), d.items()
print(k.mapping, repr(v.mapping), type(i.mapping).__name__, k.mapping == d)
d['b'] = 2
print(k.mapping['b'], len(i.mapping))
