t = (1, 2, 3)
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
u = t
u += (4,)
print(t, u)
