r = range(10, 20, 3)
print(len(r))
print(r[0], r[1], r[-1])
print(3 in range(5), 5 in range(5), 13 in r, 14 in r)
print(range(3) == range(0, 3))
print(range(5))
print(range(1, 5, 2))
try:
    print(r[10])
except IndexError as e:
    print(type(e).__name__, e)
print(len(range(0)), len(range(5, 2)), len(range(10)), len(range(1, 10, 2)), len(range(10, 0, -3)))
