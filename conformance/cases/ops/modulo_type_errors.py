try:
    print([1] % 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(None % 2)
except TypeError as e:
    print(type(e).__name__, e)
