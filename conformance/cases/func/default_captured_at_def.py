n = 10
def f(x=n):
    return x
n = 20
print(f())
print(f(5))
def g(x=n * 2):
    return x
print(g())
