for v in [None, [1], (1,)]:
    try:
        print(int(v))
    except TypeError as e:
        print(type(e).__name__)
try:
    int("10", 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("10", 37)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)
