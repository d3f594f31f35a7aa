# Checks that trailing commas are accepted in calls, definitions, displays and subscripts.
def f(a, b=2,):
    return a + b
print(f(1,), f(1, 2,), f(a=1, b=3,))
def g(*args,):
    return args
print(g(1, 2,))
def h(**kw,):
    return sorted(kw)
print(h(x=1, y=2,))
def k(a, *, b,):
    return a * b
print(k(2, b=3,))
print([1, 2,], (1,), (1, 2,), {1, 2,}, {"a": 1,})
print(len([1,]), len((1,)), len(()))
lam = lambda p, q=1,: p + q
print(lam(1,))
d = {}
d[1, 2,] = "t"
print(d)
a, b, = 1, 2
print(a, b)
print(max(*[1, 5],), min(3, 4,))
for src in ["f(,)", "[,]", "(,)", "f(1,,)", "def z(,): pass", "x = 1,,", "{1:2,,}"]:
    try:
        compile(src, "f", "exec")
        print(src, "compiled")
    except SyntaxError as e:
        print(src, type(e).__name__)
