# list + needs a list, while += extends from any iterable; both keep the element order.
a = [1]
for other in [(2,), "ab", range(2), {3: 0}, None, 5]:
    try:
        print(a + other)
    except TypeError as e:
        print(type(e).__name__, e)
for other in [(2,), "ab", range(2), {3: 0}, None, 5]:
    b = [1]
    try:
        b += other
        print(b)
    except TypeError as e:
        print(type(e).__name__, e)
c = [1, 2]
c += c
print(c)
d = c
d = d + [0]
print(c, d)
e = [[0]]
f = e + e
f[0].append(1)
print(e, f, f[0] is f[1])
class MyList(list):
    pass
print(type(MyList([1]) + [2]).__name__, type([2] + MyList([1])).__name__)
m = MyList([1])
m += [2]
print(type(m).__name__, m)
class RAdd:
    def __radd__(self, other):
        return "radd with " + repr(other)
print([1] + RAdd())
