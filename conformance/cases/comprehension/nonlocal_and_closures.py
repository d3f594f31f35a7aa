# Comprehensions nested in functions see enclosing locals, including ones rebound by nonlocal.
def counter():
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    vals = [bump() for _ in range(3)]
    return vals, count
print(counter())
def outer():
    base = 10
    def inner():
        return [base + i for i in range(2)]
    base = 20
    return inner()
print(outer())
def nested():
    a = 1
    return [[a + b + c for c in range(2)] for b in range(2)]
print(nested())
def shadow(x):
    return [x for x in range(x)], x
print(shadow(3))
total = 0
def use_global():
    global total
    total = sum([i for i in range(5)])
    return [total + j for j in range(2)]
print(use_global(), total)
def params(*args, **kw):
    return [a * kw.get("m", 1) for a in args], {k: len(k) for k in kw}
print(params(1, 2, m=3), params())
def default(v=[i * i for i in range(3)]):
    return v
print(default())
