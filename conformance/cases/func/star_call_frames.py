# f(*args, **kwargs) into Python functions: binding, every binding error, generators and
# coroutines made by such a call, recursion through it, and exceptions unwinding past it.


def f(a, b=2, *rest, c, d=4, **more):
    return (a, b, rest, c, d, sorted(more.items()))


print(f(*[1], **{"c": 3}))
print(f(*(1, 2, 3, 4), **{"c": 5, "z": 6}))
print(f(*range(2), c=1, **{"d": 9}))
for args, kwargs in [((), {"c": 1}), ((1,), {}), ((1, 2), {"a": 1, "c": 3}),
                     ((1,), {"c": 1, "d": 2, "b": 3, "q": 4})]:
    try:
        print(f(*args, **kwargs))
    except TypeError as e:
        print("TypeError:", e)
try:
    f(*[1], **{1: 2})
except TypeError as e:
    print("TypeError:", e)


def g(*xs):
    yield from xs


print(list(g(*"abc")), type(g(*[])).__name__)


def depth(n, *acc):
    if n == 0:
        return len(acc)
    return depth(*(n - 1,), *acc, n)


print(depth(50))


def bottomless(*a):
    return bottomless(*a)


try:
    bottomless(1)
except RecursionError:
    print("RecursionError")


def boom(*a, **k):
    raise ValueError(a, sorted(k))


def outer():
    try:
        return boom(*[1, 2], **{"x": 1})
    except ValueError as e:
        return ("caught", e.args)


print(outer())


class K:
    def m(self, *a, **k):
        return (type(self).__name__, a, k)


print(K().m(*[1], **{"k": 2}), K.m(*[K(), 3]))
