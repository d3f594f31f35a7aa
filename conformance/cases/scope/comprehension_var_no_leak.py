# Checks that comprehension iteration variables do not leak into or clobber the enclosing scope.
x = "outer"
lst = [x for x in range(3)]
print(lst, x)

y = "keep"
s = {y * 2 for y in (1, 2)}
print(sorted(s), y)

d = {k: k * k for k in range(3)}
print(d)
try:
    print(k)
except NameError as e:
    print(type(e).__name__, e)

g = list(q for q in "ab")
print(g)
try:
    q
except NameError as e:
    print(type(e).__name__, e)

def f():
    i = "local"
    r = [i for i in range(2)]
    return r, i

print(f())

for z in range(2):
    pass
print(z)

nested = [[a * b for b in range(3)] for a in range(3)]
print(nested)
try:
    print(a)
except NameError as e:
    print(type(e).__name__, e)
