# t += ... builds a new tuple; t[i] += ... on a list item mutates it and then raises TypeError.
t = (1, 2)
u = t
t += (3,)
print(t, u, t is u)
t = ([1], "s")
try:
    t[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
try:
    t[1] += "x"
except TypeError as e:
    print(type(e).__name__, e)
print(t)
t[0].extend([3])
print(t)
try:
    t[0] = t[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
t *= 2
print(t, t[0] is t[2])
try:
    t += [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
