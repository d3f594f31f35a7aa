# requires: float
# range attributes, slicing, index, count and membership.
r = range(2, 20, 3)
print(r, r.start, r.stop, r.step, len(r))
print(list(r), r[0], r[-1], r[2])
print(r[1:3], r[::-1], r[::2], list(r[::-1]))
print(r.index(8), r.count(8), r.count(9), 8 in r, 9 in r, 20 in r)
print(range(5), range(0, 5, 1) == range(5), range(0) == range(2, 2))
print(range(10, 0, -2), list(range(10, 0, -2)), len(range(10, 0, -2)))
print(3.0 in range(5), 'a' in range(5))
print(range(3)[-3], range(1, 1).start)
try:
    r.index(9)
except ValueError as e:
    print(type(e).__name__, e)
try:
    r[6]
except IndexError as e:
    print(type(e).__name__, e)
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
