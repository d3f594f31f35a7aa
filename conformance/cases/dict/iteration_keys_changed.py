# A dict iterator yields at most as many items as the dict had when iteration began: replacing
# keys without changing the size is "dictionary keys changed during iteration"; changing the
# size is "dictionary changed size during iteration".
d = {0: 5.0, (): 8e-08}
try:
    for k in d:
        print('key', k, d.popitem())
        d['é'] = d.get('é', 0) + 1
except RuntimeError as e:
    print('RuntimeError', e)
print(d)

d = {1: 1, 2: 2, 3: 3}
try:
    for k in d:
        del d[k]
        d[k + 10] = k
        print(k, end=' ')
except RuntimeError as e:
    print('RuntimeError', e)
print(d)

d = {1: 1}
try:
    for k in d:
        d[2] = 2
except RuntimeError as e:
    print('RuntimeError', e)

views = [('keys', lambda d: d.keys()), ('values', lambda d: d.values()), ('items', lambda d: d.items())]
for view, make in views:
    d = {'a': 1, 'b': 2}
    it = iter(make(d))
    print(next(it))
    d.pop('b')
    d['c'] = 3
    try:
        print(next(it))
        print(next(it))
    except RuntimeError as e:
        print(view, 'RuntimeError', e)
    except StopIteration:
        print(view, 'StopIteration')

# Many deletions and insertions while iterating: positions follow the table's resizes.
for n in [3, 5, 6, 10, 20]:
    d = {i: i for i in range(n)}
    seen = []
    try:
        for k in d:
            seen.append(k)
            if k % 2 == 0:
                del d[k]
                d[k + 100] = k
            if len(seen) > 50:
                break
    except RuntimeError as e:
        seen.append(str(e))
    print(n, seen, list(d))
d = {}
for i in range(40):
    d[i] = i
    if i % 3:
        d.popitem()
print(d, len(d))
