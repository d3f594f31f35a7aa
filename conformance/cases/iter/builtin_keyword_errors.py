# Iterator builtins that take no keyword arguments say so; sorted's key/reverse are keyword-only.
tests = [
    lambda: map(function=abs, iterable=[1]),
    lambda: filter(function=None, iterable=[1]),
    lambda: iter(object=[1]),
    lambda: next(iterator=iter([1])),
    lambda: reversed(sequence=[1]),
    lambda: sorted([1], None),
    lambda: sorted([1], None, True),
    lambda: sorted(iterable=[1]),
    lambda: any(iterable=[1]),
    lambda: all(iterable=[1]),
    lambda: list(iterable=[1]),
    lambda: tuple(iterable=[1]),
    lambda: sum(iterable=[1]),
    lambda: zip([1], strict=True, other=1),
    lambda: len(obj=[1]),
    lambda: [3, 1].sort(None),
    lambda: [3, 1].sort(key=None, reversed=True),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print(type(e).__name__, e)
print(sorted([3, 1, 2], key=None, reverse=False), list(zip([1], [2], strict=False)))
print(max([1, 2], key=None), min([2, 1], default=0, key=lambda x: x))
print(sum([1, 2], start=3), list(enumerate("a", start=3)))
