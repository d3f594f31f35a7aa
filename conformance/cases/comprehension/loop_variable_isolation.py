# Comprehension variables do not leak into or clobber the surrounding scope.
x = "outer x"
i = "outer i"
print([x for x in range(3)], x)
print({i: i for i in "ab"}, i)
print({x * 2 for x in [1]}, list(x for x in "q"), x)
for i in range(2):
    pass
print(i)
def f():
    z = "local"
    r = [z for z in range(2)]
    return r, z
print(f())
try:
    [leaked for leaked in range(2)]
    print(leaked)
except NameError as e:
    print(type(e).__name__, e)
g = (n for n in range(3))
try:
    print(n)
except NameError as e:
    print(type(e).__name__, e)
print(list(g))
a = [[1, 2], [3]]
print([x for x in a for x in x], x)
print([[y for y in range(y)] for y in range(4)])
