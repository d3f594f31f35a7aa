# Checks starred expressions in for-iterables, return and yield tuples, and subscripts.
a = [1, 2]
b = (3,)
for x in *a, *b:
    print(x, end=" ")
print()

def f():
    return *a, *b, 9

print(f())

def g():
    yield *a, 0
    yield 5, *b

print(list(g()))

def h(*args):
    return *args, len(args)

print(h(), h(7), h(1, 2))

d = {}
d[1, 2] = "pair"
print(d[(1, 2)])
key = (1, 2)
print(d[key])

r = [*a] * 2
print(r)
print(len([*range(100)]))
