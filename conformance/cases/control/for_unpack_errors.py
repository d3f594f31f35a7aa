try:
    for a, b in [(1, 2), (3, 4, 5)]:
        print(a, b)
except ValueError as e:
    print(type(e).__name__, e)
try:
    for a, b in [1]:
        print(a, b)
except TypeError as e:
    print(type(e).__name__, e)
try:
    for x in 5:
        print(x)
except TypeError as e:
    print(type(e).__name__, e)
