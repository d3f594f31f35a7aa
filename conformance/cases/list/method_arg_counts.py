# list methods called with the wrong number of arguments raise TypeError with CPython's messages.
a = [3, 1, 2]
tests = [
    lambda: a.append(), lambda: a.append(1, 2), lambda: a.insert(1), lambda: a.insert(),
    lambda: a.insert(0, 1, 2), lambda: a.pop(1, 2), lambda: a.index(), lambda: a.index(1, 2, 3, 4),
    lambda: a.count(), lambda: a.count(1, 2), lambda: a.remove(), lambda: a.extend(),
    lambda: a.extend([1], [2]), lambda: a.reverse(1), lambda: a.clear(0), lambda: a.copy(0),
    lambda: a.sort(1), lambda: a.sort(key=len, cmp=None), lambda: a.append(x=1),
    lambda: a.pop(index=0), lambda: list.append(a), lambda: list.append(),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print(type(e).__name__, e)
print(a)
