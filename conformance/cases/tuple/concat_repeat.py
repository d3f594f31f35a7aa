print((1, 2) + (3,))
print(() + ())
print((1,) * 3)
print(2 * (1, 2))
print((1,) * 0)
print((1, 2) * -5)
try:
    print((1,) + [2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print((1,) + 2)
except TypeError as e:
    print(type(e).__name__, e)
