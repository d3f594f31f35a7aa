# A generator expression evaluates its first iterable at creation; the rest at iteration time.
data = [1, 2, 3]
g = (x * 10 for x in data)
data = [7, 8]
print(list(g))
items = [1, 2]
g = (x for x in items)
items.append(3)
print(list(g))
k = 2
g = (x * k for x in range(3))
k = 100
print(list(g))
outer = ["a", "b"]
inner = [1]
g = ((o, i) for o in outer for i in inner)
inner = [2, 3]
print(list(g))
def make():
    n = 1
    g = (n + x for x in range(2))
    n = 50
    return g
print(list(make()))
lst = [x for x in data]
data.append(9)
print(lst, data)
it = iter(range(5))
g = (x for x in it)
next(it)
print(list(g))
