# A generator expression looks up free variables when consumed, except its first iterable.
x = 1
g = (x for _ in range(2))
x = 2
print(list(g))
data = [1, 2, 3]
g = (v * 10 for v in data)
data = [7]
print(list(g))
data = [1, 2]
g = (v for v in data)
data.append(3)
print(list(g))
n = 10
g = (i + n for i in range(3))
n = 100
print(list(g))
def make():
    gens = []
    for i in range(3):
        gens.append((i * k for k in range(2)))
    return [list(g) for g in gens]
print(make())
def make_fixed():
    gens = []
    for i in range(3):
        gens.append((j * k for j in [i] for k in range(2)))
    return [list(g) for g in gens]
print(make_fixed())
g = (y for y in range(3))
print("y" in dir(), next(g), list(g))
