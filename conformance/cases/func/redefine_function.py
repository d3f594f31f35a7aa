def f():
    return 1
print(f())
def f():
    return 2
print(f())
def g():
    return f()
def f():
    return 3
print(g())
