def f():
    pass
def g():
    return
def h(x):
    if x:
        return 1
print(f())
print(g())
print(h(0))
print(h(1))
print(f() is None)
