pairs = [(1, "a"), ("a", 1), (1, [1]), ([1], 1), (None, None), ({}, {}), ((1,), 1)]
for a, b in pairs:
    try:
        print(a + b)
    except TypeError as e:
        print(type(e).__name__, e)
for a, b in [(1, "a"), ("a", "b"), ([1], [2])]:
    try:
        print(a - b)
    except TypeError as e:
        print(type(e).__name__, e)
