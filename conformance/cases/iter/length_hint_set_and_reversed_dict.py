# __length_hint__ of set iterators and reversed-dict iterators: the items still to come,
# and 0 once the container changed size or the iterator is spent.
s = {1, 2, 3}
it = iter(s)
print(it.__length_hint__())
next(it); print(it.__length_hint__())
s.add(4)
print(it.__length_hint__())
try: next(it)
except RuntimeError as e: print(e)
print(it.__length_hint__())
s = {1,2,3}; it = iter(s); s.discard(1); print(it.__length_hint__())
it = iter(frozenset('ab')); print(it.__length_hint__()); list(it); print(it.__length_hint__())
d = {'a': 1, 'b': 2, 'c': 3}
for r in [reversed(d), reversed(d.keys()), reversed(d.values()), reversed(d.items())]:
    print(r.__length_hint__(), next(r), r.__length_hint__())
r = reversed(d); d['z'] = 0; print(r.__length_hint__())
try: next(r)
except RuntimeError as e: print(e)
print(r.__length_hint__())
d = {'a': 1, 'b': 2, 'c': 3}; r = reversed(d); del d['a']; print(r.__length_hint__())
d = {'a': 1, 'b': 2, 'c': 3}; r = reversed(d); list(r); print(r.__length_hint__())
