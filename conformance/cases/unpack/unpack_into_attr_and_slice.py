# Checks unpacking into attribute, subscript and slice targets, including a starred slice target.
class Obj:
    pass

o = Obj()
o.a, o.b = "A", "B"
print(o.a, o.b)
lst = [0] * 5
lst[0], lst[-1] = 1, 9
print(lst)
lst[1:3], lst[3] = "xy", "z"
print(lst)
lst = [0] * 4
first, *lst[1:3] = [10, 20, 30, 40]
print(first, lst)
d = {}
d["x"], (d["y"], o.c) = 1, (2, 3)
print(sorted(d.items()), o.c)
*o.rest, o.last = range(4)
print(o.rest, o.last)
grid = [[0, 0], [0, 0]]
grid[0][1], grid[1][0] = "r", "c"
print(grid)
try:
    o.p, o.q = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
print(hasattr(o, "p"))
t = (1, 2)
try:
    t[0], t[1] = 3, 4
except TypeError as e:
    print(type(e).__name__, e)
