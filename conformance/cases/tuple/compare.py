print((1, 2) == (1, 2))
print((1, 2) < (1, 3))
print((1, 2) < (1, 2, 0))
print(() < (0,))
print((2,) > (1, 5))
print((1, "a") < (2, "b"))
print((1, "a") < (1, "b"))
print((1, 2) != (1, 2))
print((1,) == [1])
try:
    print((1, 2) < (1, "x"))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print((1,) < [1])
except TypeError as e:
    print(type(e).__name__, e)
