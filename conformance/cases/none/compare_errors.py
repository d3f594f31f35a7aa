x = None
try:
    print(x < 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(x + 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(len(x))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(x[0])
except TypeError as e:
    print(type(e).__name__, e)
