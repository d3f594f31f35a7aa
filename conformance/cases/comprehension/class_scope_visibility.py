# In a class body only the first iterable of a comprehension sees class attributes.
class A:
    n = 3
    items = [1, 2, 3]
    first = [x * 2 for x in items]
    ranged = [i for i in range(n)]
    try:
        inner = [x + n for x in items]
    except NameError as e:
        inner = "NameError: " + str(e)
    try:
        cond = [x for x in items if x < n]
    except NameError as e:
        cond = "NameError: " + str(e)
    try:
        nested = [(x, y) for x in items for y in items]
    except NameError as e:
        nested = "NameError: " + str(e)
    gen_sum = sum(x for x in items)
    d = {k: None for k in items}
print(A.first, A.ranged, A.inner, A.cond, A.nested, A.gen_sum, A.d)
class B:
    v = 10
    f = lambda self: [self.v + i for i in range(2)]
    g = [(lambda: i)() for i in range(2)]
print(B().f(), B.g)
def func():
    m = 4
    class C:
        got = [m + i for i in range(2)]
    return C.got
print(func())
