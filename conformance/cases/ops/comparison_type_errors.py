tests = [(1, "a"), ("a", 1), ([1], (1,)), (None, 0), ({}, {}), ("a", [])]
for a, b in tests:
    try:
        print(a < b)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        print(a >= b)
    except TypeError as e:
        print(type(e).__name__, e)
    print(a == b, a != b)
