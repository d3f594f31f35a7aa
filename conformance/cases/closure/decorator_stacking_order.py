# Decorator factories run at definition time bottom-up, wrappers run top-down, and each layer closes over its label.
calls = []

def trace(label):
    calls.append("make " + label)

    def deco(fn):
        calls.append("apply " + label)

        def wrapper(*a):
            calls.append("enter " + label)
            return fn(*a)
        return wrapper
    return deco

@trace("outer")
@trace("inner")
def work(n):
    calls.append("work")
    return n + 1

print(calls)
print(work(1), calls[4:])
calls.clear()
print(work(10), calls)

def counted(fn):
    n = 0
    def wrapper(*a, **k):
        nonlocal n
        n += 1
        return fn(*a, **k), n
    return wrapper

@counted
@counted
def ident(x):
    return x

print(ident("a"), ident("b"))
same = trace("x")(trace("y")(ident))
print(same(1), calls[-3:])
deco_list = [trace(str(i)) for i in range(3)]
f = lambda v: v * 2
for d in deco_list:
    f = d(f)
calls.clear()
print(f(4), calls)
