# is / is not on singletons, same objects, copies and freshly built containers.
a = [1, 2]
b = a
c = list(a)
print(a is b, a is c, a == c, a is not c, not a is c)
print(None is None, ... is Ellipsis, NotImplemented is NotImplemented, True is True)
print(type(None) is type(None), type(...).__name__, type(NotImplemented).__name__)
print([] is [], {} is {}, object() is object())
x = y = {}
x["k"] = 1
print(y, x is y)
def same(p, q):
    return p is q
print(same(a, a), same(a, a[:]), same(len, len), same(print, len))
t = (a, a)
print(t[0] is t[1], [a] * 2 == [a, a], ([a] * 2)[1] is a)
grid = [[0] * 2] * 2
grid[0][0] = 9
print(grid, grid[0] is grid[1])
grid2 = [[0] * 2 for _ in range(2)]
grid2[0][0] = 9
print(grid2, grid2[0] is grid2[1])
class C:
    pass
o = C()
print(o is o, C() is C(), type(o) is C, o.__class__ is C)
zero = 0
print(None is not False, zero is not None, bool(None) is False)
