# Checks that assignment binds names to the same object rather than copying it.
a = [1, 2]
b = a
b.append(3)
print(a, a is b)
b = b + [4]
print(a, b)
grid = [[0] * 2] * 3
grid[0][0] = 9
print(grid)
grid = [[0] * 2 for _ in range(3)]
grid[0][0] = 9
print(grid)
d1 = {"k": []}
d2 = dict(d1)
d2["k"].append("shared")
d2["new"] = 1
print(d1, d2)
c = a[:]
c.append(99)
print(a, c, c == a)
def mutate(lst):
    lst.append("m")
    lst = ["rebound"]
    return lst
x = []
print(mutate(x), x)
t = (a,)
a.append("via tuple")
print(t)
s = "abc"
u = s
s = s.upper()
print(s, u)
