try:
    [].appendx(1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    "abc".nosuch()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (1, 2).append(3)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    [].append()
except TypeError as e:
    print(type(e).__name__)
