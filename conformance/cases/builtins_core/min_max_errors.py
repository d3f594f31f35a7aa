# Error messages from min() and max().
tests = [
    lambda: max([]),
    lambda: min(()),
    lambda: max(),
    lambda: max(5),
    lambda: max(1, 2, default=0),
    lambda: min(1, 'a'),
    lambda: max(iter([])),
]
for t in tests:
    try:
        print(t())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
