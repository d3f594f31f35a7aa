gens = []
for i in range(3):
    gens.append(x + i for x in range(2))
print([list(g) for g in gens])

n = 10
g = (x + n for x in range(3))
n = 100
print(list(g))

funcs = list(lambda: x for x in range(3))
print([f() for f in funcs])

def make():
    k = 1
    g = (k * x for x in range(3))
    k = 5
    return g
print(list(make()))

x = "outer"
print(list(x for x in "ab"), x)
