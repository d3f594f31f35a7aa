for v in ["s", [1], None, (1,), {}]:
    try:
        print(-v)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print(~"x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(+None)
except TypeError as e:
    print(type(e).__name__, e)
